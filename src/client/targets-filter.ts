/**
 * The filters of the targets overview: rows whose province, topic and end year match the chosen
 * ones stay shown. The choice lives in the address (`?tinh=…&chu-de=…&nam=2030`), so a filtered
 * view can be shared, survives a reload and the back button returns to the one before.
 */
import { parseTargetFilters, targetFiltersQuery, TARGET_FILTERS, type TargetFilters } from '../lib/views/targets-overview';

const box = document.getElementById('target-filters') as HTMLFieldSetElement | null;
if (box !== null) {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.targets-overview tbody tr')];
  const selects = [...box.querySelectorAll<HTMLSelectElement>('select')];
  const count = document.getElementById('target-count');
  const template = box.dataset.shown ?? '';
  const chosen = (): TargetFilters => parseTargetFilters(new URLSearchParams(selects.map((s) => [s.name, s.value])));
  const apply = (): void => {
    const want = chosen();
    let shown = 0;
    for (const row of rows) {
      const ok =
        (!want['tinh'] || row.dataset.tinh === want['tinh']) &&
        (!want['chu-de'] || (row.dataset.chuDe ?? '').split(' ').includes(want['chu-de'])) &&
        (!want['nam'] || row.dataset.nam === want['nam']);
      row.hidden = !ok;
      if (ok) shown += 1;
    }
    // The template was written for 0/0; the numbers are put in their places.
    if (count !== null) count.textContent = template.replace(/0\/0/, `${shown}/${rows.length}`);
  };
  /** Set the selects from the address (a value the page does not offer is left at "all"). */
  const fromAddress = (): void => {
    const want = parseTargetFilters(location.search);
    for (const s of selects) {
      const value = want[s.name as (typeof TARGET_FILTERS)[number]] ?? '';
      s.value = [...s.options].some((o) => o.value === value) ? value : '';
    }
  };
  box.hidden = false;
  box.addEventListener('change', () => {
    const next = location.pathname + targetFiltersQuery(chosen()) + location.hash;
    // Each choice is a step in the history; a copy opened from file:// may refuse it and still filters.
    try {
      history.pushState(null, '', next);
    } catch {
      /* the filter still applies; only the address stays as it was */
    }
    apply();
  });
  window.addEventListener('popstate', () => {
    fromAddress();
    apply();
  });
  fromAddress();
  apply();
}
