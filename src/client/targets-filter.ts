/** The filters of the targets overview: rows whose province, topic and end year match the chosen ones stay shown. */
const box = document.getElementById('target-filters') as HTMLFieldSetElement | null;
if (box !== null) {
  const rows = [...document.querySelectorAll<HTMLTableRowElement>('.targets-overview tbody tr')];
  const selects = [...box.querySelectorAll<HTMLSelectElement>('select')];
  const count = document.getElementById('target-count');
  const template = box.dataset.shown ?? '';
  const apply = (): void => {
    const want = Object.fromEntries(selects.map((s) => [s.name, s.value]));
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
  box.hidden = false;
  box.addEventListener('change', apply);
  apply();
}
