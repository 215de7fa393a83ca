/**
 * The saved text of a source an editor read, and the fingerprints kept of it: shared by the tool
 * that writes tests/content/source-fingerprints.json and the copy test that reads it.
 */

/** The fingerprints file: each source once (address, day read), each run's hash → its source's index. */
export interface SourcePrints {
  window: number;
  sources: { url: string; read: string }[];
  runs: Record<string, number>;
}

/** A saved source text: `URL: …` and `READ: …` lines, a blank line, then the text. */
export type ParsedSourceText = { ok: true; url: string; read: string; text: string } | { ok: false; reason: string };

/** Read a saved source text's header and body. */
export function parseSourceText(file: string): ParsedSourceText {
  const lines = file.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = new Map<string, string>();
  let i = 0;
  for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
    const colon = lines[i]!.indexOf(':');
    if (colon < 0) return { ok: false, reason: `dòng ${i + 1} không phải "TÊN: giá trị" (đầu tệp cần URL: và READ:, rồi một dòng trống)` };
    header.set(lines[i]!.slice(0, colon).trim().toUpperCase(), lines[i]!.slice(colon + 1).trim());
  }
  const url = header.get('URL');
  if (url === undefined || !/^https?:\/\//.test(url)) return { ok: false, reason: 'thiếu dòng "URL: https://…" ở đầu tệp' };
  return { ok: true, url, read: header.get('READ') ?? 'unknown', text: lines.slice(i + 1).join('\n') };
}
