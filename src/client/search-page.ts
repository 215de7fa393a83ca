/**
 * The search page in the browser: reads the state from the URL, asks Pagefind's JS API with the
 * plan from src/lib/search, ranks owners of a code first, renders results, facets with counts,
 * a jump to the one document or the list of documents sharing a code. All logic is in src/lib.
 */
import { vi } from '../i18n/vi';
import { packetButton } from './packet-add';
import {
  FACETS,
  excerpt,
  facetValues,
  highlight,
  parseState,
  planQuery,
  rankResults,
  stateToQuery,
  toggleFilter,
  type Facet,
  type SearchState,
  type Segment,
} from '../lib/search';

interface PagefindResult {
  id: string;
  data: () => Promise<{ url: string; meta: Record<string, string> }>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string | null, o: Record<string, unknown>) => Promise<PagefindSearch>;
  init: () => Promise<void>;
  mergeIndex: (url: string, o: Record<string, unknown>) => Promise<void>;
}
interface Hit {
  url: string;
  meta: Record<string, string>;
  keys: string[];
  date: string;
}

// Results load ten at a time: each loads its fragment, and a phone on a slow intranet pays for each.
const PAGE = 10;
let filtersLoaded = false;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
const notice = document.getElementById('search-notice')!;
const list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const facetsBox = document.getElementById('search-facets')!;
const base = form.dataset.base ?? '/';

let pagefind: Pagefind | undefined;
let state: SearchState = parseState(location.search);
let run = 0;

async function load(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
  // No web worker: it is another 43 kB script to fetch, and with the body indexed as a bag the
  // chunks a query decodes are small enough for the main thread.
  await pf.options({ baseUrl: base, noWorker: true });
  // A large base is indexed in shards (tools/build/search-index.ts); the others merge into the first.
  for (const shard of (form.dataset.shards ?? '').split(',').filter(Boolean)) {
    await pf.mergeIndex(`${base}${shard}`, { baseUrl: base, noWorker: true });
  }
  pagefind = pf;
  return pf;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
}

function segments(target: HTMLElement, segs: readonly Segment[]): void {
  for (const s of segs) target.append(s.hit ? el('mark', undefined, s.text) : document.createTextNode(s.text));
}

function resultItem(hit: Hit, words: string[]): HTMLLIElement {
  const li = el('li');
  const a = el('a');
  a.href = hit.url;
  if (hit.meta.code) a.append(el('span', 'code', hit.meta.code), ' ');
  segments(a, highlight(hit.meta.title ?? '', words));
  li.append(a);
  li.append(el('div', 'muted small', [hit.meta.kind, hit.meta.date, hit.meta.issuer].filter(Boolean).join(' · ')));
  const p = el('p', 'excerpt');
  segments(p, excerpt(highlight(hit.meta.summary ?? '', words)));
  li.append(p);
  // A document's result can go into the packet like any list row.
  const id = /\/van-ban\/([^/]+)\/(?:index\.html)?$/.exec(hit.url)?.[1];
  if (id !== undefined) li.append(packetButton(id));
  return li;
}

function pagefindFilters(extra: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of FACETS) {
    const v = state.filters[f];
    if (v && v.length > 0) out[f] = { any: v };
  }
  for (const [k, v] of Object.entries(extra)) out[k] = v;
  return out;
}

function renderFacets(counts: Record<string, Record<string, number>>): void {
  facetsBox.replaceChildren(el('h2', 'small', vi.search.filters));
  for (const f of FACETS) {
    const values = facetValues(f, counts[f] ?? {}, state.filters[f] ?? []);
    if (values.length === 0) continue;
    const fs = el('fieldset', 'facet');
    fs.dataset.facet = f;
    fs.append(el('legend', undefined, vi.search.facet[f] ?? f));
    for (const [value, n] of values) {
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.value = value;
      box.checked = (state.filters[f] ?? []).includes(value);
      box.addEventListener('change', () => update(toggleFilter(state, f as Facet, value)));
      label.append(box, ` ${value} `, el('span', 'count', `(${n})`));
      fs.append(label);
    }
    facetsBox.append(fs);
  }
  if (Object.keys(state.filters).length > 0) {
    const clear = el('button', undefined, vi.search.clearFilters);
    clear.type = 'button';
    clear.addEventListener('click', () => update({ ...state, filters: {} }));
    facetsBox.append(clear);
  }
}

async function search(): Promise<void> {
  const mine = ++run;
  input.value = state.q;
  sortSelect.value = state.sort;
  const plan = planQuery(state.q);
  const browsing = plan.terms === '';
  if (browsing && Object.keys(state.filters).length === 0) {
    status.textContent = '';
    notice.replaceChildren();
    list.replaceChildren();
    facetsBox.replaceChildren();
    more.hidden = true;
    return;
  }
  status.textContent = vi.search.loading;
  let pf: Pagefind;
  try {
    pf = await load();
  } catch {
    status.textContent = vi.search.unavailable;
    return;
  }
  const sort = state.sort === 'ngay' ? { ngay: 'desc' } : undefined;
  const ask = (terms: string | null, extra: Record<string, string> = {}) =>
    pf.search(terms, { filters: pagefindFilters(extra), ...(sort ? { sort } : {}) });
  // A year or term beside a code narrows a shared code; if nothing is left, the narrowing is dropped.
  const narrowing: Record<string, string> = {};
  if (plan.year) narrowing.nam = plan.year;
  // The same wording SearchData.astro gives the term filter.
  if (plan.term) narrowing.khoa = vi.list.term(plan.term);
  let lastTerms: string | null = browsing ? null : plan.terms;
  let lastNarrowing = narrowing;
  let found = await ask(lastTerms, lastNarrowing);
  if (found.results.length === 0 && Object.keys(narrowing).length > 0) {
    lastNarrowing = {};
    found = await ask(lastTerms);
  } else if (found.results.length === 0 && plan.fallback !== plan.terms) {
    lastTerms = plan.fallback;
    found = await ask(lastTerms);
  }
  if (mine !== run) return;

  const toHit = async (r: PagefindResult): Promise<Hit> => {
    const d = await r.data();
    return { url: d.url, meta: d.meta, keys: (d.meta.keys ?? '').split(' ').filter(Boolean), date: d.meta.iso ?? '' };
  };
  const first = await Promise.all(found.results.slice(0, PAGE).map(toHit));
  if (mine !== run) return;
  const ranked = rankResults(plan, first);
  // Sorting by date keeps Pagefind's date order; relevance puts a code's owners first.
  const shown = state.sort === 'ngay' ? first : ranked.ordered;
  const words = plan.code ? [] : plan.words;

  status.textContent = found.results.length === 0 ? vi.search.none(state.q) : vi.search.found(found.results.length);
  notice.replaceChildren();
  if (found.results.length === 0) notice.append(el('p', 'muted', vi.search.noneHint));
  if (ranked.jump) {
    const p = el('p', 'search-jump');
    const a = el('a', undefined, `${vi.search.jump} ${ranked.jump.meta.code}: ${ranked.jump.meta.title}`);
    a.href = ranked.jump.url;
    p.append(a);
    notice.append(p);
  } else if (ranked.shared && plan.code) {
    const box = el('div', 'search-shared');
    box.append(el('p', undefined, vi.search.shared(plan.code.label, ranked.owners.length)));
    const ul = el('ul');
    for (const o of ranked.owners) {
      const li = el('li');
      const a = el('a', undefined, `${o.meta.code} (${o.meta.date})`);
      a.href = o.url;
      li.append(a, ` ${o.meta.title}`);
      ul.append(li);
    }
    box.append(ul);
    notice.append(box);
  }
  list.replaceChildren(...shown.map((h) => resultItem(h, words)));
  // Facet counts come back only once the filter index is loaded; load it after the first
  // results are on screen, then ask again (the word chunks are cached by then).
  if (!filtersLoaded) {
    await pf.filters();
    filtersLoaded = true;
    found = await ask(lastTerms, lastNarrowing);
    if (mine !== run) return;
  }
  renderFacets(found.filters);

  let next = shown.length;
  more.hidden = next >= found.results.length;
  more.onclick = async () => {
    const page = await Promise.all(found.results.slice(next, next + PAGE).map(toHit));
    if (mine !== run) return;
    list.append(...page.map((h) => resultItem(h, words)));
    next += page.length;
    more.hidden = next >= found.results.length;
  };
}

function update(next: SearchState, push = true): void {
  state = next;
  const qs = stateToQuery(state);
  const href = `${location.pathname}${qs ? `?${qs}` : ''}`;
  if (push) history.pushState(null, '', href);
  void search();
}

// Pagefind's code and page list are most of a first search's bytes and time: fetch them while
// the member is still typing.
input.addEventListener(
  'focus',
  () => {
    void load().then((pf) => pf.init(), () => undefined);
  },
  { once: true },
);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update({ ...state, q: input.value });
});
sortSelect.addEventListener('change', () => update({ ...state, sort: sortSelect.value === 'ngay' ? 'ngay' : 'lien-quan' }));
addEventListener('popstate', () => update(parseState(location.search), false));
void search();
