/**
 * The search page in the browser: reads the state from the URL and plans the query with
 * src/lib/search. A code, plenum or congress is answered from the code map (one small script, no Pagefind):
 * the one document, the namesakes in the order the query's words give, or what the base lacks
 * and its nearest numbers. Words go to Pagefind, after a one-letter slip is corrected against
 * the base's vocabulary; a document ranks above what carries it out. Facet counts load when the
 * member opens the facets. All logic is in src/lib.
 *
 * Before its first results the page does only what they need: Pagefind's files are asked for at
 * once (the build lists them: tools/build/search-page.ts), the facets wait until they are opened,
 * and nothing already on screen moves (the results area keeps its size; skeleton rows stand in
 * for the results until they come).
 */
import { viList, viPlenum, viSearch } from '../i18n/vi';
import { formatCodeLong } from '../lib/codes/code';
import { paths } from '../lib/paths';
import {
  FACETS,
  facetValues,
  parentsFirst,
  mapLookup,
  mayHaveSlip,
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
import { loadKnownSyllables, loadVocabulary, lookupKey, nearestOf, type CodeMapPlace } from './code-map-loader';
import { startPagefind, type Pagefind, type PagefindResult } from './pagefind-start';
import { docLinks, el, resultItem, type Row } from './search-rows';

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
// Rows standing in for the results while they load: about what a phone shows of them at first.
const SKELETON_ROWS = 4;
let filtersLoaded = false;

const form = document.getElementById('search-form') as HTMLFormElement;
const input = document.getElementById('search-q') as HTMLInputElement;
const sortSelect = document.getElementById('search-sort') as HTMLSelectElement;
const status = document.getElementById('search-status')!;
let notice = document.getElementById('search-notice')!;
let list = document.getElementById('search-results')!;
const more = document.getElementById('search-more') as HTMLButtonElement;
const intro = document.getElementById('search-intro')!;
const facetsOpener = document.getElementById('search-filters') as HTMLDetailsElement;
const facetsBox = document.getElementById('search-facets')!;
const base = form.dataset.base ?? '/';
const place: CodeMapPlace = { shards: Number(form.dataset.codeShards ?? '1'), href: (path) => `${base}${path.slice(1)}` };
// Written by the build (tools/build/search-page.ts): merged indexes, the entries' cache tag, what to fetch first.
const indexShards = (form.dataset.shards ?? '').split(',').filter(Boolean);
const indexTag = form.dataset.indexTag ?? '';
const firstFetches = (form.dataset.preload ?? '').split(' ').filter(Boolean);

let pagefind: Promise<Pagefind> | undefined;
let state: SearchState = parseState(location.search);
let run = 0;
/** What the facets count: the terms and narrowing of the answer on screen (undefined while one loads). */
let current: { terms: string | null; narrowing: Record<string, string> } | undefined;
/** The run whose facet counts are shown or loading. */
let facetsFor = -1;

/**
 * Pagefind, loaded once (pagefind-start.ts; for a query that can only be words, already started as
 * the page was parsed). Its code, entries, WebAssembly and page lists are asked for together
 * (Pagefind alone would fetch them one after another).
 */
function load(): Promise<Pagefind> {
  if (pagefind !== undefined) return pagefind;
  for (const file of firstFetches) {
    const href = `${base}${file}`;
    // Already asked for as the page was parsed (search-early.ts), for a query that could only be words.
    if (document.head.querySelector(`link[rel="preload"][href="${CSS.escape(href)}"]`) !== null) continue;
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = href;
    document.head.append(link);
  }
  pagefind = startPagefind({ base, tag: indexTag, shards: indexShards });
  pagefind.catch(() => {
    pagefind = undefined;
  });
  return pagefind;
}

/**
 * The vocabulary's correction of the query as typed, if it has a slip. The base's syllables come
 * first (a few kB): a query of known words, most of them, needs no vocabulary.
 */
async function correctionOf(query: string): Promise<Correction | undefined> {
  const known = await loadKnownSyllables(place);
  if (known !== undefined && !mayHaveSlip(query, known)) return undefined;
  const vocabulary = await loadVocabulary(place).catch(() => undefined);
  return vocabulary === undefined ? undefined : correctQuery(query, vocabulary);
}

/**
 * Put an answer on screen: the lines above the results and the results. Both boxes are new
 * elements in place of the old ones, so the results' box does not count as moved when a line
 * above it arrives (the browser's layout shift is measured on elements already shown).
 */
function showAnswer(lines: readonly Node[], items: readonly Node[]): void {
  const nextNotice = notice.cloneNode(false) as HTMLElement;
  const nextList = list.cloneNode(false) as HTMLElement;
  nextNotice.append(...lines);
  nextList.append(...items);
  notice.replaceWith(nextNotice);
  list.replaceWith(nextList);
  notice = nextNotice;
  list = nextList;
}

/** Let the browser paint and handle input before the next step (the end of a long task). */
function yieldToMain(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Rows that hold the results' place until they come. */
function skeleton(): HTMLLIElement[] {
  return Array.from({ length: SKELETON_ROWS }, () => {
    const li = el('li', 'search-skeleton');
    li.setAttribute('aria-hidden', 'true');
    li.append(el('span'), el('span'), el('span'));
    return li;
  });
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
  facetsBox.replaceChildren();
  for (const f of FACETS) {
    const values = facetValues(f, counts[f] ?? {}, state.filters[f] ?? []);
    if (values.length === 0) continue;
    const fs = el('fieldset', 'facet');
    fs.dataset.facet = f;
    fs.append(el('legend', undefined, viSearch.facet[f] ?? f));
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
    const clear = el('button', undefined, viSearch.clearFilters);
    clear.type = 'button';
    clear.addEventListener('click', () => update({ ...state, filters: {} }));
    facetsBox.append(clear);
  }
}

/**
 * The facet counts of the answer on screen, once the member has opened the facets: Pagefind's
 * filter index (every value's pages) is the larger part of a search's bytes, and most searches never use it.
 */
async function showFacets(): Promise<void> {
  const mine = run;
  const asked = current;
  if (!facetsOpener.open || asked === undefined || facetsFor === mine) return;
  facetsFor = mine;
  let pf: Pagefind;
  try {
    pf = await load();
    if (!filtersLoaded) {
      await pf.filters();
      filtersLoaded = true;
    }
  } catch {
    facetsFor = -1;
    return;
  }
  const sort = state.sort === 'ngay' ? { ngay: 'desc' } : undefined;
  const found = await pf.search(asked.terms, { filters: pagefindFilters(asked.narrowing), ...(sort ? { sort } : {}) });
  if (mine !== run) return;
  renderFacets(found.filters);
}

async function search(): Promise<void> {
  const mine = ++run;
  current = undefined;
  input.value = state.q;
  sortSelect.value = state.sort;
  let plan = planQuery(state.q);
  const browsing = plan.terms === '';
  const filtered = Object.keys(state.filters).length > 0;
  // Filters in the address are the facets at work: they show, with their counts.
  if (filtered) facetsOpener.open = true;
  facetsBox.replaceChildren();
  if (browsing && !filtered) {
    status.textContent = '';
    showAnswer([intro], []);
    more.hidden = true;
    current = { terms: null, narrowing: {} };
    void showFacets();
    return;
  }
  status.textContent = viSearch.loading;
  more.hidden = true;
  if (list.querySelector('a') === null) showAnswer([], skeleton());
  // A code, a plenum or a congress is answered by the code map alone: one small shard, no Pagefind.
  if (mapLookup(plan) !== undefined && !filtered) {
    await answerFromMap(plan, mine);
    return;
  }
  // Pagefind and the base's vocabulary together: a one-letter slip ("nghj quyết") is searched as
  // the word the base has, and the member is told. (Pagefind answers a slip too, with the wrong
  // documents, so the vocabulary cannot wait until a search finds nothing.)
  let pf: Pagefind;
  let correction: Correction | undefined;
  try {
    performance.mark('search: words (page script)');
    [pf, correction] = await Promise.all([load(), browsing ? undefined : correctionOf(state.q)]);
  } catch {
    status.textContent = viSearch.unavailable;
    return;
  }
  if (mine !== run) return;
  if (correction !== undefined) plan = planQuery(correction.query);
  // "kết luâng 21" is a code once corrected: answered like one.
  if (correction !== undefined && mapLookup(plan) !== undefined && !filtered) {
    await answerFromMap(plan, mine, correction);
    return;
  }
  const sort = state.sort === 'ngay' ? { ngay: 'desc' } : undefined;
  const ask = (terms: string | null, extra: Record<string, string> = {}) =>
    pf.search(terms, { filters: pagefindFilters(extra), ...(sort ? { sort } : {}) });
  // A year or term beside a code narrows a shared code; if nothing is left, the narrowing is
  // dropped; words that find nothing together are asked as plain words (`fallback`).
  const narrowing: Record<string, string> = {};
  if (plan.year) narrowing.nam = plan.year;
  // The same wording SearchData.astro gives the term filter.
  if (plan.term) narrowing.khoa = viList.term(plan.term);
  performance.mark('search: Pagefind asked');
  const answer = { terms: browsing ? null : plan.terms, narrowing, found: await ask(browsing ? null : plan.terms, narrowing) };
  performance.mark('search: Pagefind answered');
  if (answer.found.results.length === 0 && Object.keys(narrowing).length > 0) {
    answer.narrowing = {};
    answer.found = await ask(answer.terms);
  } else if (answer.found.results.length === 0 && plan.fallback !== plan.terms) {
    answer.terms = plan.fallback;
    answer.found = await ask(answer.terms);
  }
  if (mine !== run) return;
  const found = answer.found;

  // Pagefind's search, then its ten fragments, then our ranking and rows: each its own task, so
  // the phone can paint and answer a tap in between (no one long block of the main thread).
  await yieldToMain();
  const first = await Promise.all(found.results.slice(0, PAGE).map(toHit));
  performance.mark('search: fragments read');
  await yieldToMain();
  if (mine !== run) return;
  const ranked = rankResults(plan, first);
  // Sorting by date keeps Pagefind's date order; relevance puts a code's owners first, and a
  // document above those that carry it out.
  const shown = state.sort === 'ngay' ? first : parentsFirst(ranked.ordered.map((h) => ({ ...h, id: h.id ?? h.url })), plan.words);
  const words = plan.code ? [] : plan.words;

  status.textContent = found.results.length === 0 ? viSearch.none(correction?.query ?? state.q) : viSearch.found(found.results.length);
  const lines: HTMLElement[] = [];
  if (correction !== undefined) lines.push(correctedLine(correction));
  if (found.results.length === 0) lines.push(el('p', 'muted', viSearch.noneHint));
  if (ranked.jump) {
    lines.push(jumpTo(ranked.jump));
  } else if (ranked.shared && plan.code) {
    lines.push(chooser(plan.code.label, ranked.owners));
  }
  showAnswer(lines, shown.map((h) => resultItem(h, words)));
  current = { terms: answer.terms, narrowing: answer.narrowing };
  void showFacets();

  let next = shown.length;
  more.textContent = viSearch.more;
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
  p.append(`${viSearch.corrected} `, el('strong', undefined, correction.query), ` ${viSearch.typed(state.q)}`);
  return p;
}

/** The link to the one document a query names (its title is the first result's). */
function jumpTo(row: Row): HTMLElement {
  const p = el('p', 'search-jump');
  const a = el('a', undefined, `${viSearch.jump} ${row.code || row.title}`);
  a.href = row.url;
  p.append(a);
  return p;
}

/** The chooser between documents sharing a code, in the order the query's words give them. */
function chooser(label: string, owners: readonly Row[]): HTMLElement {
  const box = el('div', 'search-shared');
  box.append(el('p', undefined, viSearch.shared(label, owners.length)), docLinks(owners, true));
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
  const label = code ? code.label : plenum ? viPlenum.named(plenum.number, plenum.term) : viSearch.congressNamed(toRoman(congress!.number), congress!.national);
  const ownerRows = owners.map(docRow);
  const refRows = answer.refs.map(docRow);
  // The base lacks it: the nearest of the kind, fetched before anything is shown (nothing arrives later to push the rest down).
  const near = owners.length === 0 && code ? await nearestOf(code.parsed, place) : [];
  if (mine !== run) return;
  const lines: HTMLElement[] = [];
  if (correction !== undefined) lines.push(correctedLine(correction));
  status.textContent = owners.length + answer.mentions === 0 ? viSearch.none(state.q) : viSearch.found(owners.length + answer.mentions);
  if (owners.length === 0) {
    // Say so, offer the nearest of the kind, and nothing unrelated.
    status.textContent = viSearch.lacks(code ? formatCodeLong(code.parsed) : plenum ? viSearch.plenumLacks(label) : viSearch.congressLacks(label));
    if (near.length > 0) {
      const box = el('div', 'search-nearest');
      box.append(el('p', undefined, viSearch.nearest), docLinks(near.map(docRow)));
      lines.push(box);
    }
  } else if (plenum !== undefined) {
    // A plenum: its documents to choose from, and its page (every name it goes by).
    const box = el('div', 'search-shared');
    box.append(el('p', undefined, viSearch.plenumDocs(label, owners.length)), docLinks(ownerRows, true));
    if (plenum.term !== undefined) {
      const a = el('a', undefined, viSearch.plenumPage(label));
      a.href = place.href(paths.plenum(plenumSlug(plenum.number, plenum.term)));
      const line = el('p', 'small');
      line.append(a);
      box.append(line);
    }
    lines.push(box);
  } else if (congress !== undefined) {
    // A congress: its resolutions, the national congress first, then those of provinces and blocs.
    const box = el('div', 'search-shared');
    box.append(el('p', undefined, viSearch.congressDocs(label, owners.length)), docLinks(ownerRows, true));
    lines.push(box);
  } else if (owners.length === 1) lines.push(jumpTo(ownerRows[0]!));
  else lines.push(chooser(label, ownerRows));
  const items = ownerRows.map((r) => resultItem(r, plan.words));
  // The documents that mention it follow under their own line (an item without a link: not a result).
  if (answer.mentions > 0) items.push(el('li', 'search-group muted small', viSearch.mentionedBy(label, answer.mentions)));
  items.push(...refRows.map((r) => resultItem(r, plan.words)));
  showAnswer(lines, items);
  // Opened facets count what Pagefind finds for the same key.
  current = { terms: plan.terms, narrowing: {} };
  void showFacets();
  // Every mention is a word search away: Pagefind loads only when asked for them.
  more.hidden = answer.mentions <= answer.refs.length || code === undefined;
  more.textContent = viSearch.moreMentions;
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
    void load().catch(() => undefined);
  }
});
form.addEventListener('submit', (e) => {
  e.preventDefault();
  update({ ...state, q: input.value });
});
sortSelect.addEventListener('change', () => update({ ...state, sort: sortSelect.value === 'ngay' ? 'ngay' : 'lien-quan' }));
facetsOpener.addEventListener('toggle', () => void showFacets());
addEventListener('popstate', () => update(parseState(location.search), false));
void search();
