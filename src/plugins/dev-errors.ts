/**
 * The error path of `npm run dev` and `npm start`: while the content does not pass its check,
 * every page request gets one page listing each problem (file, line, field, reason, fix) in
 * Vietnamese, never an old page or a stack trace, and the terminal prints the same list. The page
 * reloads by itself when the check passes again: under the dev server through Vite's client, under
 * `npm start` (tools/start.ts, no Vite) by asking again every few seconds.
 */
import type { ContentError } from '../loader/errors';
import { CONTENT_ERROR_KINDS, formatContentError } from '../loader/errors';
import { vi } from '../i18n/vi';

/** Escape text for HTML content and double-quoted attributes. */
function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The terminal's report: the heading, then one line per problem, as the build prints them. */
export function devErrorReport(errors: readonly ContentError[]): string {
  return [vi.devErrors.head(errors.length), ...errors.map((e) => `  - ${formatContentError(e)}`)].join('\n');
}

/** How the error page comes back to the site: Vite's client under `base` (the dev server), or asking again every few seconds. */
export type Reload = { viteBase: string } | { everySeconds: number };

/** The page every request gets while the content has errors. */
export function devErrorPage(errors: readonly ContentError[], reload: Reload): string {
  const t = vi.devErrors;
  const items = errors.map((e) => {
    const where = e.line === undefined ? e.file : `${e.file}, ${t.line} ${e.line}`;
    const field = e.field === undefined ? '' : `<br>${t.field} <code>${text(e.field)}</code>`;
    return `<li><p><strong>${t.file} <code>${text(where)}</code></strong>${field}</p><p>${text(e.message)}.</p><p>${t.fix}: ${text(CONTENT_ERROR_KINDS[e.kind])}</p></li>`;
  });
  const again =
    'viteBase' in reload
      ? `<script type="module" src="${text(`${reload.viteBase.endsWith('/') ? reload.viteBase : `${reload.viteBase}/`}@vite/client`)}"></script>`
      : `<meta http-equiv="refresh" content="${reload.everySeconds}">`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} · ${vi.siteName}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#222}h1{color:#a40000}li{margin:0 0 1rem;padding:.5rem 1rem;border-left:4px solid #a40000;background:#fff4f4;list-style:none}ol{padding:0}code{font-size:.95em}</style>
${again}
</head>
<body>
<main>
<h1>${t.title}</h1>
<p id="dev-errors-head">${text(t.head(errors.length))}</p>
<p>${t.intro}</p>
<ol id="dev-errors">
${items.join('\n')}
</ol>
</main>
</body>
</html>
`;
}
