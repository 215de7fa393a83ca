/**
 * The packet page: reads the packet (a shared link's ids, at most MAX_PACKET of them, else the
 * stored ones), checks them against the one list of this copy's kits (`kit-ids.js`), says once
 * which ids it lacks, loads each known kit's script (tools/build/packet-kits.ts; a script because
 * file:// refuses fetch), shows the kits in order with a table of contents, and lets the trainer
 * reorder, remove, print and share. No request is made for an id the copy does not have. Each kit
 * prints on its own pages with its own running header (a named CSS page per kit).
 */
import { moveId, PACKET_PARAM, readIds, removeId, shareQuery, splitKnown } from '../lib/packet';
import { paths } from '../lib/paths';
import { readPacket, writePacket } from './packet-store';

declare global {
  interface Window {
    soTayKit?: (id: string, html: string) => void;
    soTayKitIds?: string[];
  }
}

const box = document.getElementById('packet') as HTMLElement;
const toc = document.getElementById('packet-toc') as HTMLOListElement;
const kits = document.getElementById('packet-kits') as HTMLElement;
const share = document.getElementById('packet-share') as HTMLInputElement;
const t = box.dataset;
// A template from the page's dictionary: "{}" takes the value, "{1}", "{2}" … the values in order.
const fill = (template: string | undefined, ...values: string[]): string =>
  (template ?? '').replace('{}', values[0] ?? '').replace(/\{(\d)\}/g, (_, n: string) => values[Number(n) - 1] ?? '');
const status = document.getElementById('packet-status') as HTMLElement;
const count = document.getElementById('packet-count') as HTMLElement;

// The site's root as this copy reaches it (a web path, or ../index.html from file://).
const rootHref = (document.getElementById('packet-root') as HTMLAnchorElement).href.replace(/index\.html$/, '');
const local = location.protocol === 'file:';
const siteUrl = (path: string): string => rootHref + path.slice(1) + (local && path.endsWith('/') ? 'index.html' : '');

const sharedRead = readIds(new URLSearchParams(location.search).get(PACKET_PARAM));
const sharedIds = sharedRead.ids;
let ids = sharedIds.length > 0 ? sharedIds : readPacket();
const shared = sharedIds.length > 0 && sharedIds.join(',') !== readPacket().join(',');
const loaded = new Map<string, { code: string; title: string; citation: string }>();

/** Ids inside a kit made unique in the packet, and its links made to work from file://. */
function adopt(section: HTMLElement, id: string): void {
  const prefix = `${id}--`;
  for (const el of section.querySelectorAll<HTMLElement>('[id]')) el.id = prefix + el.id;
  for (const name of ['aria-labelledby', 'data-copy', 'data-status', 'for']) {
    for (const el of section.querySelectorAll<HTMLElement>(`[${name}]`)) el.setAttribute(name, prefix + (el.getAttribute(name) ?? ''));
  }
  for (const a of section.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) a.setAttribute('href', `#${prefix}${a.getAttribute('href')!.slice(1)}`);
  if (local) {
    for (const a of section.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) a.setAttribute('href', siteUrl(a.getAttribute('href')!));
  }
  for (const b of section.querySelectorAll<HTMLButtonElement>('button')) b.hidden = true;
  // Each kit's parts would repeat the same landmark names ("Tóm tắt" once per kit): inside the
  // packet they are plain sections under the kit's own labelled section.
  for (const part of section.querySelectorAll('section[aria-labelledby]')) part.removeAttribute('aria-labelledby');
}

const cssString = (s: string): string => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * Each kit on its own named page, with its code at the top and its "recorded up to" at the bottom;
 * the first page, which opens with the contents, is headed with the packet's name.
 */
function pageStyles(): void {
  const rules = ids.map((id, i) => {
    const kit = kits.querySelector<HTMLElement>(`[data-packet-id="${id}"] [data-kit-id]`);
    if (kit === null) return '';
    return `@page k${i} { margin: 13mm 12mm 12mm; @top-left { content: ${cssString(kit.dataset.kitCode ?? '')}; } @bottom-left { content: ${cssString(kit.dataset.kitFoot ?? '')}; } }`;
  });
  let style = document.getElementById('packet-pages');
  if (style === null) {
    style = document.createElement('style');
    style.id = 'packet-pages';
    document.head.append(style);
  }
  style.textContent = `@media print { ${rules.join(' ')} @page k0:first { @top-left { content: ${cssString(t.runningHead ?? '')}; } } }`;
}

/** What a contents button does, so that focus can return to it once the list is drawn again. */
type Action = 'up' | 'down' | 'remove';

function button(action: Action, id: string, text: string, label: string, onClick: () => void, disabled = false): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'print-button small';
  b.textContent = text;
  b.setAttribute('aria-label', label);
  b.dataset.action = action;
  b.dataset.id = id;
  b.disabled = disabled;
  b.addEventListener('click', onClick);
  return b;
}

/** Store the new order, draw it, and tell a screen reader what happened. */
function save(next: string[], message = ''): void {
  ids = next;
  writePacket(ids);
  history.replaceState(null, '', location.pathname + shareQuery(ids));
  (document.getElementById('packet-shared') as HTMLElement).hidden = true;
  render();
  status.textContent = message;
}

/** Move `id` by one place; the keyboard stays on the moved item (the same button, or the other way once it reaches an end). */
function move(id: string, by: -1 | 1, name: string): void {
  const next = moveId(ids, id, by);
  save(next, fill(t.moved, name, String(next.indexOf(id) + 1), String(next.length)));
  const same = toc.querySelector<HTMLButtonElement>(`button[data-id="${id}"][data-action="${by < 0 ? 'up' : 'down'}"]`);
  const other = toc.querySelector<HTMLButtonElement>(`button[data-id="${id}"][data-action="${by < 0 ? 'down' : 'up'}"]`);
  (same !== null && !same.disabled ? same : other)?.focus();
}

/** Remove `id`; the keyboard goes to the item that took its place (or the one before, or the contents heading). */
function remove(id: string, name: string): void {
  const at = ids.indexOf(id);
  save(removeId(ids, id), fill(t.removed, name));
  const next = ids[Math.min(at, ids.length - 1)];
  const target = next === undefined ? null : toc.querySelector<HTMLButtonElement>(`button[data-id="${next}"][data-action="remove"]`);
  if (target !== null) target.focus();
  else (document.getElementById('packet-toc-h') as HTMLElement | null)?.focus();
}

/** Table of contents, kits in order, share link. */
function render(): void {
  (document.getElementById('packet-empty') as HTMLElement).hidden = ids.length > 0;
  for (const id of ['packet-tools', 'packet-toc-nav']) (document.getElementById(id) as HTMLElement).hidden = ids.length === 0;
  share.value = location.href.split(/[?#]/)[0] + shareQuery(ids);
  count.textContent = ids.length === 0 ? '' : fill(t.count, String(ids.length));
  // The contents share the first page with the first kit: both are on that kit's named page.
  (box.closest('.packet') as HTMLElement).style.page = ids.length === 0 ? '' : 'k0';
  toc.replaceChildren(
    ...ids.map((id, i) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#goi-${id}`;
      const k = loaded.get(id);
      a.textContent = k === undefined ? id : [k.code, k.title].filter(Boolean).join(': ');
      const name = k?.code || id;
      const tools = document.createElement('span');
      tools.className = 'packet-item-tools no-print';
      tools.append(
        button('up', id, t.up ?? '↑', fill(t.moveUp, name), () => move(id, -1, name), i === 0),
        button('down', id, t.down ?? '↓', fill(t.moveDown, name), () => move(id, 1, name), i === ids.length - 1),
        button('remove', id, t.removeShort ?? '×', fill(t.remove, name), () => remove(id, name)),
      );
      li.append(a, ' ', tools);
      // The contents page of the handout carries each document's citation line.
      if (k?.citation) {
        const cite = document.createElement('div');
        cite.className = 'small muted packet-toc-cite';
        cite.textContent = k.citation;
        li.append(cite);
      }
      return li;
    }),
  );
  // Keep loaded kits, in the new order; add sections for new ones.
  const sections = ids.map((id) => kits.querySelector<HTMLElement>(`[data-packet-id="${id}"]`) ?? newSection(id));
  kits.replaceChildren(...sections);
  sections.forEach((s, i) => (s.style.page = `k${i}`));
  pageStyles();
}

function newSection(id: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'packet-kit';
  section.dataset.packetId = id;
  section.id = `goi-${id}`;
  const script = document.createElement('script');
  script.src = siteUrl(paths.packetKit(id));
  script.onerror = () => {
    section.textContent = fill(t.missing, id);
    section.classList.add('packet-missing');
  };
  document.body.append(script);
  return section;
}

window.soTayKit = (id, html) => {
  const section = kits.querySelector<HTMLElement>(`[data-packet-id="${id}"]`);
  if (section === null) return;
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  section.replaceChildren(tpl.content);
  adopt(section, id);
  const kit = section.querySelector<HTMLElement>('[data-kit-id]');
  loaded.set(id, {
    code: kit?.dataset.kitCode ?? '',
    title: (section.querySelector('.lead') ?? section.querySelector('h1'))?.textContent?.trim() ?? '',
    citation: section.querySelector('.citation-line')?.textContent?.trim() ?? '',
  });
  section.setAttribute('aria-label', loaded.get(id)!.code || id);
  render();
};

/** How many unknown ids the note names before counting the rest. */
const UNKNOWN_NAMED = 10;

/** Keep the ids this copy has a kit for, and say once, in one line, which it lacks and whether the link held too many. */
function keepKnown(known: ReadonlySet<string> | undefined): void {
  const notes: string[] = [];
  if (sharedRead.more) notes.push(t.tooMany ?? '');
  if (known !== undefined) {
    const split = splitKnown(ids, known);
    ids = split.known;
    if (split.unknown.length > 0) {
      const named = split.unknown.slice(0, UNKNOWN_NAMED).join(', ');
      const rest = split.unknown.length - UNKNOWN_NAMED;
      notes.push(fill(t.absent, rest > 0 ? `${named} ${fill(t.absentMore, String(rest))}` : named));
    }
  }
  const line = document.getElementById('packet-absent') as HTMLElement;
  line.textContent = notes.join(' ');
  line.hidden = notes.length === 0;
}

box.hidden = false;
(document.getElementById('packet-shared') as HTMLElement).hidden = !shared;
if (ids.length === 0) {
  keepKnown(undefined);
  render();
} else {
  // One script lists every kit of this copy: ids it lacks are reported, never asked for one by one.
  const list = document.createElement('script');
  list.src = siteUrl(paths.packetKitIds());
  list.onload = () => {
    keepKnown(new Set(window.soTayKitIds ?? []));
    render();
  };
  // Without the list (a copy built before it existed), each kit is asked for and a missing one says so.
  list.onerror = () => {
    keepKnown(undefined);
    render();
  };
  document.body.append(list);
}
