/**
 * The Content-Security-Policy every page carries, as a `<meta http-equiv>` written after the
 * build: scripts only from the site itself plus the site's own inline scripts (by hash),
 * WebAssembly compilation only when the site ships a .wasm file (Pagefind), and nothing from any
 * other origin. An inline script found on a built page is never trusted for being there: only the
 * scripts the site's code declares are hashed, so a script that came in with content stays
 * blocked by the browser, and the build stops naming its page.
 */
import { createHash } from 'node:crypto';
import { SEARCH_EARLY_SCRIPT } from '../build/search-early';
import { applyEdits, attrValue, headInsertionPoint, readPage, startTags, type Edit, type ScriptElement, type Tag } from './html';

/** The CSP source for an inline script's exact text ("'sha256-…'"). */
export function scriptHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The inline scripts the site itself writes, by exact text. One: the search page's head script
 * (tools/build/search-early.ts), inline because a script file in the head would hold the parser
 * for a round trip before Pagefind's files are even asked for. Every other script of the site is
 * a file (`/_astro/…`, the service worker's registration, the packet's kits), and astro.config.mjs
 * keeps Vite from inlining them. Code that writes an inline script declares its text here.
 */
export const OWN_INLINE_SCRIPTS: readonly string[] = [SEARCH_EARLY_SCRIPT];

/** The hashes the policy allows: those of the site's own inline scripts, and no other. */
export const OWN_SCRIPT_HASHES: readonly string[] = OWN_INLINE_SCRIPTS.map(scriptHash);

// Script types the browser executes; anything else (JSON, ld+json, templates) is data.
const EXECUTED = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The inline scripts of a page that the browser would run. */
export function executedInlineScripts(found: readonly ScriptElement[]): ScriptElement[] {
  return found.filter((s) => s.attrs.src === undefined && EXECUTED.has((s.attrs.type ?? '').toLowerCase()));
}

/** The inline scripts of a page that the browser would run and the site did not write (they stay blocked). */
export function foreignInlineScripts(found: readonly ScriptElement[]): ScriptElement[] {
  const own = new Set(OWN_SCRIPT_HASHES);
  return executedInlineScripts(found).filter((s) => !own.has(scriptHash(s.text)));
}

/** The hashes a page's policy allows: those of the site's own inline scripts that the page carries, and no other. */
export function ownHashesOn(found: readonly ScriptElement[]): string[] {
  const own = new Set(OWN_SCRIPT_HASHES);
  return [...new Set(executedInlineScripts(found).map((s) => scriptHash(s.text)).filter((h) => own.has(h)))];
}

/** True when a site's files include WebAssembly: a .wasm file, or Pagefind's `wasm.<lang>.pagefind`. */
export function shipsWasm(files: Iterable<string>): boolean {
  for (const f of files) if (f.endsWith('.wasm') || /(^|\/)wasm\.[^/]*\.pagefind$/.test(f)) return true;
  return false;
}

export { buildPolicy, type PolicyInput } from '../../src/lib/policy';

/** Put the policy into a page as the first thing after `<meta charset>` (replacing any older one). */
export function injectPolicy(html: string, policy: string): string {
  return applyEdits(html, policyEdits(readPage(html).tags, policy));
}

/**
 * The edits that put the policy in, over already read tags (older policies removed); none when the
 * page already carries exactly this policy where it belongs (the layout writes it: src/layouts/Base.astro).
 */
export function policyEdits(tags: readonly Tag[], policy: string): Edit[] {
  const at = headInsertionPoint(tags);
  if (at === undefined) throw new Error('trang không có <head> để gắn chính sách bảo mật nội dung');
  const old = tags.filter((t) => t.name === 'meta' && (t.attrs['http-equiv'] ?? '').toLowerCase() === 'content-security-policy');
  if (old.length === 1 && old[0]!.attrs.content === policy && old[0]!.start === at) return [];
  const meta = `<meta http-equiv="Content-Security-Policy" content="${attrValue(policy)}">`;
  return [...old.map((t) => ({ start: t.element.start, end: t.element.end, text: '' })), { start: at, end: at, text: meta }];
}

/** Code that a hash-based policy would block: inline event handlers and javascript: URLs (content cannot write them: the check and the renderer refuse them). */
export function blockedInlineCode(html: string): string[] {
  return blockedInlineCodeOf(startTags(html));
}

/** The same, over already read tags. */
export function blockedInlineCodeOf(tags: readonly Tag[]): string[] {
  const found: string[] = [];
  for (const tag of tags) {
    for (const [name, value] of Object.entries(tag.attrs)) {
      if (/^on[a-z]+$/.test(name)) found.push(`<${tag.name} ${name}>`);
      else if (/^\s*javascript:/i.test(value)) found.push(`<${tag.name} ${name}="javascript:…">`);
    }
  }
  return found;
}
