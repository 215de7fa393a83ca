/**
 * The study kits as scripts for the packet page (bộ tài liệu): one small classic script per kit,
 * `bo-tai-lieu/kit/<id>.js`, that hands the kit's HTML to the page. A script, not a fetch, because
 * browsers refuse fetch() from file:// but load a script from the same folder; one file per kit so
 * a packet loads only what it holds, whatever the size of the base. The HTML is the kit page's own
 * (its source, read with htmlparser2's tokenizer, no tree rebuilt), without its screen tools.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paths } from '../../src/lib/paths';
import { applyEdits, readPage, type Tag } from '../quality/html';
import { scriptLiteral } from './script-literal';

/** The script a kit page becomes, or undefined when the page holds no kit. */
export function kitScript(html: string, tags: readonly Tag[] = readPage(html).tags): { id: string; script: string } | undefined {
  const kit = tags.find((t) => t.attrs['data-kit-id'] !== undefined);
  if (kit === undefined || kit.endTagStart === undefined) return undefined;
  const inside = (t: { element: { start: number; end: number } }, outer: { start: number; end: number }) => t.element.start >= outer.start && t.element.end <= outer.end;
  // The screen tools and scripts go (applyEdits drops an element inside one already dropped).
  const drop = tags.filter((t) => t !== kit && inside(t, kit.element) && (/\bdoc-tools\b/.test(t.attrs.class ?? '') || t.name === 'script'));
  const text = applyEdits(html.slice(kit.element.start, kit.element.end), drop.map((t) => ({ start: t.element.start - kit.element.start, end: t.element.end - kit.element.start, text: '' })));
  const id = kit.attrs['data-kit-id'] ?? '';
  return { id, script: `window.soTayKit&&window.soTayKit(${JSON.stringify(id)},${scriptLiteral(text)});\n` };
}

/** Kit pages, by their path in the site. */
export const KIT_PAGE = /^van-ban\/[^/]+\/hoc-tap\/index\.html$/;

/** Write one kit's script into the site (the delivery pass calls this with the page it has read). */
export function writeKitScript(siteDir: string, kit: { id: string; script: string }): void {
  const out = join(siteDir, paths.packetKits().slice(1));
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${kit.id}.js`), kit.script);
}

/** The script listing every kit's id (sorted), for the packet page to check a shared link against before asking for any kit. */
export function kitIdsScript(ids: readonly string[]): string {
  // Ids are lower-case letters, digits and hyphens: JSON is a safe script literal for them.
  return `window.soTayKitIds=${JSON.stringify([...ids].sort())};\n`;
}

/** Write the list of kits into the site (the delivery pass calls this once, after every kit page). */
export function writeKitIds(siteDir: string, ids: readonly string[]): void {
  writeFileSync(join(siteDir, paths.packetKitIds().slice(1)), kitIdsScript(ids));
}
