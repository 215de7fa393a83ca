/**
 * The search page in the browser: reads the state from the URL and plans the query with
 * src/lib/search. A code, plenum or congress is answered from the code map (one small script, no Pagefind):
 * the one document, the namesakes in the order the query's words give, or what the base lacks
 * and its nearest numbers. Words go to Pagefind, after a one-letter slip is corrected against
 * the base's vocabulary; a document ranks above what carries it out; facets with counts. All
 * logic is in src/lib.
 */
import { vi } from '../i18n/vi';
import { formatCodeLong } from '../lib/codes/code';
import { paths } from '../lib/paths';
import {
  FACETS,
  facetValues,
  parentsFirst,
  mapLookup,
  parseState,
  correctQuery,
  planQuery,
  rankResults,
  stateToQuery,
  toggleFilter,
  type CodeMapDoc,
  type CodeMapRef,
  type Correction,
  type Facet,
  type QueryPlan,
  type SearchState,
} from '../lib/search';
import { plenumSlug } from '../lib/plenums';
import { toRoman } from '../lib/text/terms';
import { loadVocabulary, lookupKey, nearestOf, type CodeMapPlace } from './code-map-loader';
import { docLinks, el, resultItem, type Row } from './search-rows';

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
interface Hit extends Row {
  meta: Record<string, string>;
  keys: string[];
  /** ISO date, for ranking. */
  iso: string;
  /** Summary, kind and issuer: with the title, what orders namesakes by the query's words. */
  rest: string;
  parents: string[];
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
const place: CodeMapPlace = { shards: Number(form.dataset.codeShards ?? '1'), href: (path) => `${base}${path.slice(1)}` };

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

/** A Pagefind result as a row, with what ranking needs. */
async function toHit(r: PagefindResult): Promise<Hit> {
  const d = await r.data();
  const m = d.meta;
  const id = /\/van-ban\/([^/]+)\/(?:index\.html)?$/.exec(d.url)?.[1];
  return {
    url: d.url,
    id,
    code: m.code ?? '',
    title: m.title ?? '',
    kind: m.kind ?? '',
    date: m.date ?? '',
    issuer: m.issuer ?? '',
    summary: m.summary ?? '',
    meta: m,
    keys: (m.keys ?? '').split(' ').filter(Boolean),
    iso: m.iso ?? '',
    rest: [m.summary, m.kind, m.issuer].join(' '),
    parents: (m.parents ?? '').split(' ').filter(Boolean),
  };
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
  let plan = planQuery(state.q);
  form.classList.toggle('has-query', state.q.trim() !== '');
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
  // A code, a plenum or a congress is answered by the code map alone: one small shard, no Pagefind.
  if (mapLookup(plan) !== undefined && Object.keys(state.filters).length === 0) {
    await answerFromMap(plan, mine);
    return;
  }
  let pf: Pagefind;
  let vocabulary: Awaited<ReturnType<typeof loadVocabulary>>;
  try {
    [pf, vocabulary] = await Promise.all([load(), browsing ? undefined : loadVocabulary(place)]);
  } catch {
    status.textContent = vi.search.unavailable;
    return;
  }
  if (mine !== run) return;
  // A one-letter slip ("nghj") is searched as the word the base has, and the member is told.
  const correction = vocabulary === undefined ? undefined : correctQuery(state.q, vocabulary);
  if (correction !== undefined) plan = planQuery(correction.query);
  // "kết luâng 21" is a code once corrected: answered like one.
  if (correction !== undefined && mapLookup(plan) !== undefined && Object.keys(state.filters).length === 0) {
    await answerFromMap(plan, mine, correction);
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

  const first = await Promise.all(found.results.slice(0, PAGE).map(toHit));
  if (mine !== run) return;
  const ranked = rankResults(plan, first);
  // Sorting by date keeps Pagefind's date order; relevance puts a code's owners first, and a
  // document above those that carry it out.
  const shown = state.sort === 'ngay' ? first : parentsFirst(ranked.ordered.map((h) => ({ ...h, id: h.id ?? h.url })), plan.words);
  const words = plan.code ? [] : plan.words;

  status.textContent = found.results.length === 0 ? vi.search.none(correction?.query ?? state.q) : vi.search.found(found.results.length);
  notice.replaceChildren();
  if (correction !== undefined) notice.append(correctedLine(correction));
  if (found.results.length === 0) notice.append(el('p', 'muted', vi.search.noneHint));
  if (ranked.jump) {
    notice.append(jumpTo(ranked.jump));
  } else if (ranked.shared && plan.code) {
    notice.append(chooser(plan.code.label, ranked.owners));
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
  more.textContent = vi.search.more;
  more.hidden = next >= found.results.length;
  more.onclick = async () => {
    const page = await Promise.all(found.results.slice(next, next + PAGE).map(toHit));
    if (mine !== run) return;
    list.append(...page.map((h) => resultItem(h, words)));
    next += page.length;
    more.hidden = next >= found.results.length;
  };
}

/** «Đã tìm: kết luận 21 (bạn gõ: kết luâng 21)». */
function correctedLine(correction: Correction): HTMLElement {
  const p = el('p', 'search-corrected');
  p.append(`${vi.search.corrected} `, el('strong', undefined, correction.query), ` ${vi.search.typed(state.q)}`);
  return p;
}

/** The link to the one document a query names (its title is the first result's). */
function jumpTo(row: Row): HTMLElement {
  const p = el('p', 'search-jump');
  const a = el('a', undefined, `${vi.search.jump} ${row.code || row.title}`);
  a.href = row.url;
  p.append(a);
  return p;
}

/** The chooser between documents sharing a code, in the order the query's words give them. */
function chooser(label: string, owners: readonly Row[]): HTMLElement {
  const box = el('div', 'search-shared');
  box.append(el('p', undefined, vi.search.shared(label, owners.length)), docLinks(owners, true));
  return box;
}

const docRow = (d: CodeMapDoc | CodeMapRef): Row => ({
  url: place.href(paths.document(d.id)),
  id: d.id,
  code: d.c,
  title: d.t,
  kind: d.k,
  date: d.d,
  issuer: 'o' in d ? d.o : '',
  summary: 's' in d ? d.s : '',
});

/** Answer a code, plenum or congress query from the code map: the documents it names, or what the base lacks and its nearest. */
async function answerFromMap(plan: QueryPlan, mine: number, correction?: Correction): Promise<void> {
  const code = plan.code;
  const { key, hints } = mapLookup(plan)!;
  const answer = await lookupKey(key, hints, place);
  if (mine !== run) return;
  let owners = answer.owners;
  if (state.sort === 'ngay') owners = [...owners].sort((a, b) => b.i.localeCompare(a.i));
  const plenum = plan.plenum;
  const congress = plan.congress;
  const label = code ? code.label : plenum ? vi.plenum.named(plenum.number, plenum.term) : vi.search.congressNamed(toRoman(congress!.number), congress!.national);
  const ownerRows = owners.map(docRow);
  const refRows = answer.refs.map(docRow);
  facetsBox.replaceChildren();
  notice.replaceChildren();
  if (correction !== undefined) notice.append(correctedLine(correction));
  status.textContent = owners.length + answer.mentions === 0 ? vi.search.none(state.q) : vi.search.found(owners.length + answer.mentions);
  if (owners.length === 0) {
    // The base lacks it: say so, offer the nearest of the kind, and nothing unrelated.
    status.textContent = vi.search.lacks(code ? formatCodeLong(code.parsed) : plenum ? vi.search.plenumLacks(label) : vi.search.congressLacks(label));
    if (code) {
      const near = await nearestOf(code.parsed, place);
      if (mine !== run) return;
      if (near.length > 0) {
        const box = el('div', 'search-nearest');
        box.append(el('p', undefined, vi.search.nearest), docLinks(near.map(docRow)));
        notice.append(box);
      }
    }
  } else if (plenum !== undefined) {
    // A plenum: its documents to choose from, and its page (every name it goes by).
    const box = el('div', 'search-shared');
    box.append(el('p', undefined, vi.search.plenumDocs(label, owners.length)), docLinks(ownerRows, true));
    if (plenum.term !== undefined) {
      const a = el('a', undefined, vi.search.plenumPage(label));
      a.href = place.href(paths.plenum(plenumSlug(plenum.number, plenum.term)));
      const line = el('p', 'small');
      line.append(a);
      box.append(line);
    }
    notice.append(box);
  } else if (congress !== undefined) {
    // A congress: its resolutions, the national congress first, then those of provinces and blocs.
    const box = el('div', 'search-shared');
    box.append(el('p', undefined, vi.search.congressDocs(label, owners.length)), docLinks(ownerRows, true));
    notice.append(box);
  } else if (owners.length === 1) notice.append(jumpTo(ownerRows[0]!));
  else notice.append(chooser(label, ownerRows));
  const items = ownerRows.map((r) => resultItem(r, plan.words));
  // The documents that mention it follow under their own line (an item without a link: not a result).
  if (answer.mentions > 0) items.push(el('li', 'search-group muted small', vi.search.mentionedBy(label, answer.mentions)));
  items.push(...refRows.map((r) => resultItem(r, plan.words)));
  list.replaceChildren(...items);
  // Every mention is a word search away: Pagefind loads only when asked for them.
  more.hidden = answer.mentions <= answer.refs.length || code === undefined;
  more.textContent = vi.search.moreMentions;
  more.onclick = async () => {
    const pf = await load();
    const found = await pf.search(code!.token, {});
    const shown = new Set([...ownerRows, ...refRows].map((r) => r.url));
    const hits = await Promise.all(found.results.map(toHit));
    if (mine !== run) return;
    list.append(...hits.filter((h) => !shown.has(h.url)).map((h) => resultItem(h, plan.words)));
    more.hidden = true;
  };
}

function update(next: SearchState, push = true): void {
  state = next;
  const qs = stateToQuery(state);
  const href = `${location.pathname}${qs ? `?${qs}` : ''}`;
  if (push) history.pushState(null, '', href);
  void search();
}

// Pagefind's code and page list are most of a first word search's bytes and time: fetch them
// while the member is still typing words (a code is answered by the code map without them).
input.addEventListener('input', () => {
  const typed = planQuery(input.value);
  if (pagefind === undefined && mapLookup(typed) === undefined && typed.words.some((w) => w.length > 2)) {
    void load().then((pf) => pf.init(), () => undefined);
  }
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update({ ...state, q: input.value });
});
sortSelect.addEventListener('change', () => update({ ...state, sort: sortSelect.value === 'ngay' ? 'ngay' : 'lien-quan' }));
addEventListener('popstate', () => update(parseState(location.search), false));
void search();
