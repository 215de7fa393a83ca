/**
 * The filters of the targets overview. The page lists one static page of rows; a filter loads the
 * rows of the chosen values from their data file (one classic script per value, so it works from
 * file:// too), keeps those that match every filter and shows them a page at a time in the same
 * table, filled from the page's row template. The choice and the page live in the address
 * (`?tinh=…&chu-de=…&nam=2030&trang=2`): shared, kept on reload, and the back button returns to
 * the view before. With no filter set the static page shows as built.
 */
import { pagerNumbers } from '../lib/site/paging';
import { paths } from '../lib/paths';
import { decodeShard, filteredPage, shardFor, shardName, type TargetRowView, type TargetShard } from '../lib/views/target-shards';
import { parseTargetFilters, parseTargetPage, targetFiltersQuery, type TargetFilter, type TargetFilters } from '../lib/views/targets-overview';

declare global {
  interface Window {
    soTayTargets?: (name: string, shard: TargetShard) => void;
  }
}

const box = document.getElementById('target-filters') as HTMLFieldSetElement | null;
const body = document.querySelector<HTMLTableSectionElement>('.targets-overview tbody');
const template = document.getElementById('target-row-template') as HTMLTemplateElement | null;
if (box !== null && body !== null && template !== null) {
  const selects = [...box.querySelectorAll<HTMLSelectElement>('select')];
  const count = document.getElementById('target-count');
  const position = document.getElementById('target-position');
  const staticPages = document.getElementById('target-pages');
  const pager = document.getElementById('target-filtered-pages') as HTMLElement;
  const t = box.dataset;
  const words = pager.dataset;
  const total = Number(t.total ?? 0);
  const staticRows = [...body.children];
  // The site's root as this copy reaches it (a web path, or ../index.html from file://).
  const rootHref = (document.getElementById('targets-root') as HTMLAnchorElement).getAttribute('href')!.replace(/index\.html$/, '');
  const local = location.protocol === 'file:';
  const siteUrl = (path: string): string => rootHref + path.slice(1) + (local && path.endsWith('/') ? 'index.html' : '');

  // Each data file is loaded once; its script hands the rows to the page by name.
  const loaded = new Map<string, Promise<TargetRowView[]>>();
  const waiting = new Map<string, (rows: TargetRowView[]) => void>();
  window.soTayTargets = (name, shard) => waiting.get(name)?.(decodeShard(shard));
  const load = (name: string): Promise<TargetRowView[]> => {
    let rows = loaded.get(name);
    if (rows === undefined) {
      rows = new Promise((resolve, reject) => {
        waiting.set(name, resolve);
        const script = document.createElement('script');
        script.src = siteUrl(paths.targetShard(name));
        script.onerror = () => {
          loaded.delete(name);
          reject(new Error(name));
        };
        document.head.append(script);
      });
      loaded.set(name, rows);
    }
    return rows;
  };

  /** Row counts of the data files, from the options' data-n. */
  const sizes = new Map<string, number>();
  for (const s of selects) for (const o of s.options) if (o.value !== '') sizes.set(shardName(s.name as TargetFilter, o.value), Number(o.dataset.n ?? 0));
  const sizeOf = (name: string): number | undefined => sizes.get(name);

  // The page wrote its sentences for 0/0 and page 0; the numbers are put in their places.
  const fill = (tpl: string | undefined, a: number, b: number): string => (tpl ?? '').replace('0/0', `${a}/${b}`);
  const fillPage = (tpl: string | undefined, n: number): string => (tpl ?? '').replace(/(^|\s)0(?=\s|$)/, `$1${n}`);

  /** One row from the template. */
  const rowOf = (view: TargetRowView): HTMLTableRowElement => {
    const tr = (template.content.firstElementChild as HTMLTableRowElement).cloneNode(true) as HTMLTableRowElement;
    const slot = (name: string): HTMLElement => tr.querySelector<HTMLElement>(`[data-slot="${name}"]`)!;
    const drop = (name: string): void => slot(name).remove();
    const doc = slot('doc') as HTMLAnchorElement;
    doc.href = siteUrl(paths.document(view.doc.id));
    doc.textContent = view.doc.label;
    doc.classList.toggle('nobreak', view.doc.nobreak);
    if (view.doc.province === undefined) drop('province');
    else slot('province').textContent = view.doc.province;
    slot('metric').textContent = view.metric;
    slot('value').textContent = view.value;
    if (!view.commercial) drop('commercial');
    slot('period').textContent = view.period;
    const rep = view.reported;
    if (rep.type === 'report') {
      drop('overdue');
      drop('none');
      if (rep.bar === undefined) drop('progress');
      else {
        slot('bar').style.width = `${rep.bar}%`;
        slot('figure').textContent = rep.figure;
      }
      if (rep.bar !== undefined) drop('quantity');
      else slot('quantity').textContent = rep.figure;
      const met = slot('met');
      met.textContent = rep.metText;
      met.className = rep.met ? 'met' : 'not-met';
      slot('as-of').textContent = rep.asOf;
      if (rep.organ === undefined) drop('by');
      else {
        slot('organ').textContent = rep.organ;
        slot('source').textContent = rep.source ?? '';
      }
    } else {
      drop('report');
      drop(rep.type === 'overdue' ? 'none' : 'overdue');
      slot(rep.type).textContent = rep.text;
    }
    for (const el of tr.querySelectorAll('[data-slot]')) el.removeAttribute('data-slot');
    return tr;
  };

  /** The pager of the filtered rows: links to the same page with another `trang`. */
  const drawPager = (filters: TargetFilters, page: number, pages: number): void => {
    pager.replaceChildren();
    pager.hidden = pages <= 1;
    if (pages <= 1) return;
    const link = (n: number, text: string, extra: Record<string, string> = {}): HTMLAnchorElement => {
      const a = document.createElement('a');
      a.href = location.pathname + targetFiltersQuery(filters, n);
      a.textContent = text;
      a.dataset.page = String(n);
      for (const [k, v] of Object.entries(extra)) a.setAttribute(k, v);
      return a;
    };
    const where = document.createElement('span');
    where.className = 'pager-position';
    where.textContent = fill(words.position, page, pages);
    pager.append(where);
    if (page > 1) pager.append(Object.assign(link(page - 1, words.prev ?? '‹', { rel: 'prev' }), { className: 'pager-step' }));
    const list = document.createElement('ul');
    for (const n of pagerNumbers(page, pages)) {
      const li = document.createElement('li');
      if (n === 'gap') {
        li.className = 'pager-gap';
        li.setAttribute('aria-hidden', 'true');
        li.textContent = '…';
      } else li.append(link(n, String(n), { 'aria-label': fillPage(words.page, n), ...(n === page ? { 'aria-current': 'page' } : {}) }));
      list.append(li);
    }
    pager.append(list);
    if (page < pages) pager.append(Object.assign(link(page + 1, words.next ?? '›', { rel: 'next' }), { className: 'pager-step' }));
  };

  /** The static page as built (no filter set). */
  const showStatic = (): void => {
    body.replaceChildren(...staticRows);
    if (position !== null) position.hidden = false;
    if (staticPages !== null) staticPages.hidden = false;
    pager.hidden = true;
    if (count !== null) count.textContent = fill(t.shown, total, total);
  };

  // A later answer must not overwrite the view the reader asked for since.
  let asked = 0;
  const show = async (filters: TargetFilters, page: number): Promise<void> => {
    const ask = ++asked;
    const name = shardFor(filters, sizeOf);
    if (name === undefined) return showStatic();
    if (count !== null) count.textContent = t.loading ?? '';
    let rows: TargetRowView[];
    try {
      rows = await load(name);
    } catch {
      if (ask === asked && count !== null) count.textContent = t.failed ?? '';
      return;
    }
    if (ask !== asked) return;
    const view = filteredPage(rows, filters, page);
    body.replaceChildren(...view.rows.map(rowOf));
    if (position !== null) position.hidden = true;
    if (staticPages !== null) staticPages.hidden = true;
    drawPager(filters, view.page, view.count);
    if (count !== null) count.textContent = fill(t.shown, view.total, total);
  };

  const chosen = (): TargetFilters => parseTargetFilters(new URLSearchParams(selects.map((s) => [s.name, s.value])));
  /** Set the selects from the address (a value the page does not offer is left at "all"). */
  const fromAddress = (): { filters: TargetFilters; page: number } => {
    const want = parseTargetFilters(location.search);
    for (const s of selects) {
      const value = want[s.name as TargetFilter] ?? '';
      s.value = [...s.options].some((o) => o.value === value) ? value : '';
    }
    return { filters: chosen(), page: parseTargetPage(location.search) };
  };
  /** Go to a view: a step in the history (a copy opened from file:// may refuse it and still shows the view). */
  const go = (filters: TargetFilters, page: number): void => {
    try {
      history.pushState(null, '', location.pathname + targetFiltersQuery(filters, page) + location.hash);
    } catch {
      /* the view still changes; only the address stays as it was */
    }
    void show(filters, page);
  };

  box.hidden = false;
  box.addEventListener('change', () => go(chosen(), 1));
  pager.addEventListener('click', (event) => {
    const a = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-page]');
    if (a === null || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    go(chosen(), Number(a.dataset.page));
    box.scrollIntoView({ block: 'start' });
  });
  window.addEventListener('popstate', () => {
    const { filters, page } = fromAddress();
    void show(filters, page);
  });
  const first = fromAddress();
  void show(first.filters, first.page);
}
