/**
 * The copy rule's words and windows, shared by the content test and the tool that fingerprints the
 * seed articles: text to lower-case words (tone placement unified, punctuation dropped; quoted
 * spans, addresses, codes and congress-resolution names become breaks), runs of 12 words, and a
 * short hash of each run so the seeds' runs can live in the repository without their text.
 */
import { createHash } from 'node:crypto';
import { normalizeTone } from '../../src/lib/text/normalize';

/** How many consecutive words count as copying. */
export const WINDOW = 12;
/** A word that no run may span. */
export const BREAK = '\u0000';

/** Lower-case words with tone placement unified; quotes, addresses and codes become breaks. */
export function words(text: string): string[] {
  const unquoted = normalizeTone(text.normalize('NFC'))
    .replace(/\b(?:https?:\/\/|www\.)\S+/g, ` ${BREAK} `)
    .replace(/"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g, ` ${BREAK} `)
    // The name of a congress resolution is cited as it is, like a code; so are the names of the
    // bodies and meetings that issue documents, which no one can say in other words.
    .replace(/nghị quyết đại hội[\p{L} ]*? lần thứ [ivxlc]+/giu, ` ${BREAK} `)
    .replace(/đại hội đại biểu toàn quốc lần thứ [ivxlc]+(?: của đảng)?/giu, ` ${BREAK} `)
    .replace(/hội nghị (?:lần thứ [\p{L}\d]+ )?ban chấp hành trung ương(?: đảng)?(?: kh(?:óa|oá) [ivxlc]+)?/giu, ` ${BREAK} `)
    .replace(/mặt trận tổ quốc(?: việt nam)? và các (?:tổ chức )?(?:chính trị - xã hội|đoàn thể)/giu, ` ${BREAK} `)
    .replace(/\b\d+[-/][\p{L}\d/-]*/gu, ` ${BREAK} `)
    .toLowerCase();
  return unquoted.split(/[^\p{L}\p{N}\u0000]+/u).filter(Boolean);
}

/** Every run of WINDOW words that has no break in it. */
export function runs(tokens: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + WINDOW <= tokens.length; i++) {
    const slice = tokens.slice(i, i + WINDOW);
    if (!slice.includes(BREAK)) out.add(slice.join(' '));
  }
  return out;
}

/** The short hash a run is kept as (12 hex digits: collisions are negligible at this size). */
export function fingerprint(run: string): string {
  return createHash('sha256').update(run).digest('hex').slice(0, 12);
}
