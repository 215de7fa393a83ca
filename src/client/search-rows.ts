/**
 * Result rows on the search page, whoever answered: the code map or Pagefind. One row shape,
 * one renderer, so a code lookup and a word search look the same.
 */
import { excerpt, highlight, type Segment } from '../lib/search';
import { packetButton } from './packet-add';

/** What a result row shows. */
export interface Row {
  url: string;
  /** Document id, when the row is a document (for the packet button). */
  id?: string | undefined;
  code: string;
  title: string;
  kind: string;
  date: string;
  issuer: string;
  summary: string;
}

/** Make an element with a class and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function segments(target: HTMLElement, segs: readonly Segment[]): void {
  for (const s of segs) target.append(s.hit ? el('mark', undefined, s.text) : document.createTextNode(s.text));
}

/** One result: code and title as the link, kind · date · issuer, and the summary's excerpt with the query's words marked. */
export function resultItem(row: Row, words: readonly string[]): HTMLLIElement {
  const li = el('li');
  const a = el('a');
  a.href = row.url;
  if (row.code) a.append(el('span', 'code', row.code), ' ');
  segments(a, highlight(row.title, [...words]));
  li.append(a);
  li.append(el('div', 'muted small', [row.kind, row.date, row.issuer].filter(Boolean).join(' · ')));
  if (row.summary !== '') {
    const p = el('p', 'excerpt');
    segments(p, excerpt(highlight(row.summary, [...words])));
    li.append(p);
  }
  // A document's result can go into the packet like any list row.
  if (row.id !== undefined) li.append(packetButton(row.id));
  return li;
}

/**
 * A short list of documents as links ("58-NQ/TW (16/06/2022)"), with their titles unless `brief`
 * (the chooser above results that show the titles anyway: a phone keeps the first result in view).
 */
export function docLinks(rows: readonly Row[], brief = false): HTMLUListElement {
  const ul = el('ul', brief ? 'doc-links brief' : 'doc-links');
  for (const r of rows) {
    const li = el('li');
    const a = el('a', undefined, r.code === '' ? r.title : `${r.code} (${r.date})`);
    a.href = r.url;
    if (brief) a.title = r.title;
    li.append(a);
    if (r.code !== '' && !brief) li.append(` ${r.title}`);
    ul.append(li);
  }
  return ul;
}
