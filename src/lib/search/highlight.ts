/**
 * Highlighting: mark in the original accented text the words a folded query matched, so
 * "dang" marks "Đảng" and "uy" marks both "uỷ" and "ủy".
 */
import { fold } from '../text/normalize.ts';

/** A piece of text, marked or not. */
export interface Segment {
  text: string;
  hit: boolean;
}

/** Split `text` into segments, marking words whose folded form starts with a query word (2+ letters). */
export function highlight(text: string, queryWords: readonly string[]): Segment[] {
  const wanted = queryWords.filter((w) => w.length >= 2);
  const out: Segment[] = [];
  const push = (t: string, hit: boolean) => {
    const last = out[out.length - 1];
    if (last && last.hit === hit) last.text += t;
    else if (t !== '') out.push({ text: t, hit });
  };
  for (const m of text.matchAll(/([\p{L}\p{M}\p{N}]+)|([^\p{L}\p{M}\p{N}]+)/gu)) {
    if (m[1]) {
      const f = fold(m[1]);
      push(m[1], wanted.some((w) => f === w || (f.startsWith(w) && w.length >= 3)));
    } else push(m[2]!, false);
  }
  return out;
}

/** Cut a long text to about `max` characters around its first marked word, on word boundaries. */
export function excerpt(segments: readonly Segment[], max = 220): Segment[] {
  const full = segments.map((s) => s.text).join('');
  if (full.length <= max) return [...segments];
  let pos = 0;
  let firstHit = 0;
  for (const s of segments) {
    if (s.hit) {
      firstHit = pos;
      break;
    }
    pos += s.text.length;
  }
  let start = Math.max(0, firstHit - Math.floor(max / 3));
  if (start > 0) start = full.indexOf(' ', start) + 1;
  let end = Math.min(full.length, start + max);
  if (end < full.length) end = Math.max(full.lastIndexOf(' ', end), start + 1);
  const out: Segment[] = [];
  if (start > 0) out.push({ text: '… ', hit: false });
  pos = 0;
  for (const s of segments) {
    const a = Math.max(start, pos);
    const b = Math.min(end, pos + s.text.length);
    if (a < b) out.push({ text: s.text.slice(a - pos, b - pos), hit: s.hit });
    pos += s.text.length;
  }
  if (end < full.length) out.push({ text: ' …', hit: false });
  return out;
}
