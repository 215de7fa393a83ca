/**
 * Browser side of search without a server, bundled by the offline build into a classic script
 * (module scripts, fetch and WebAssembly are blocked on file://, so Pagefind cannot run there).
 * On file:// it fills every `[data-offline-search]` with a search box over the compact index
 * that `_offline/index.js` puts in `window.__SO_TAY_INDEX__`. Served over http it does nothing.
 */
import { searchOffline, type OfflineEntry } from '../delivery/offline-search';
import { viOffline, viPlenum, viSearch } from '../../src/i18n/vi';
import { formatCodeLong } from '../../src/lib/codes/code';
import { paths } from '../../src/lib/paths';
import { mapLookup, planQuery, type CodeMapDoc, type CodeMapRef } from '../../src/lib/search';
import { lookupKey, nearestOf, type CodeMapPlace } from '../../src/client/code-map-loader';

declare global {
  interface Window {
    __SO_TAY_INDEX__?: OfflineEntry[];
  }
}

// The relative path from this page to the site's root, written by the offline build.
const root = (document.currentScript as HTMLScriptElement | null)?.dataset.root ?? './';

function mount(host: HTMLElement): void {
  const index = window.__SO_TAY_INDEX__ ?? [];
  host.textContent = '';
  const form = document.createElement('form');
  form.setAttribute('role', 'search');
  // The search page's own classes, so the offline box looks like the one it stands in for.
  form.className = 'search-form';
  form.addEventListener('submit', (event) => event.preventDefault());
  const label = document.createElement('label');
  label.htmlFor = 'offline-q';
  label.textContent = viOffline.label;
  const input = document.createElement('input');
  input.type = 'search';
  input.id = 'offline-q';
  input.name = 'q';
  input.autocomplete = 'off';
  const hint = document.createElement('p');
  hint.className = 'muted small';
  hint.textContent = viOffline.hint;
  const status = document.createElement('p');
  status.setAttribute('aria-live', 'polite');
  const list = document.createElement('ul');
  list.className = 'doc-list offline-results';
  const row = document.createElement('div');
  row.className = 'search-row';
  row.append(input);
  form.append(label, row, hint);
  host.append(form, status, list);

  // Codes and plenums are answered by the code map, as on the served site (its parts are scripts,
  // which file:// loads); words by the compact index.
  const place: CodeMapPlace = { shards: Number(host.dataset.codeShards ?? '1'), href: (path) => root + path.slice(1) };
  const show = (rows: { c: string; t: string; d: string; u: string }[]) => {
    for (const entry of rows.slice(0, 50)) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = root + entry.u;
      a.textContent = entry.c === '' ? entry.t : entry.c;
      li.append(a);
      if (entry.c !== '') li.append(` ${entry.t}`);
      if (entry.d !== '') li.append(` (${entry.d})`);
      list.append(li);
    }
  };
  const asEntry = (d: CodeMapDoc | CodeMapRef) => ({ c: d.c, t: d.t, d: d.d, u: `${paths.document(d.id).slice(1)}index.html` });
  let run = 0;
  const render = async () => {
    const mine = ++run;
    const query = input.value;
    const plan = planQuery(query);
    const lookup = mapLookup(plan);
    if (lookup !== undefined) {
      const answer = await lookupKey(lookup.key, lookup.hints, place);
      const near = answer.owners.length === 0 && plan.code ? await nearestOf(plan.code.parsed, place) : [];
      if (mine !== run) return;
      list.textContent = '';
      const found = [...answer.owners, ...answer.refs];
      status.textContent =
        answer.owners.length > 0 ? viOffline.count(answer.owners.length + answer.mentions)
        : plan.code ? `${viSearch.lacks(formatCodeLong(plan.code.parsed))}${near.length > 0 ? ` ${viSearch.nearest}` : ''}`
        : viSearch.lacks(viSearch.plenumLacks(viPlenum.named(plan.plenum!.number, plan.plenum!.term)));
      show((answer.owners.length > 0 ? found : near).map(asEntry));
      return;
    }
    const found = searchOffline(index, query);
    list.textContent = '';
    status.textContent = query.trim() === '' ? '' : found.length === 0 ? viOffline.none : viOffline.count(found.length);
    show(found);
  };
  input.addEventListener('input', () => void render());
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  void render();
}

if (location.protocol === 'file:') {
  const start = () => document.querySelectorAll<HTMLElement>('[data-offline-search]').forEach(mount);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
