/** The `/` key focuses the search box (the search page's own box first), unless typing elsewhere. */
addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
  const t = e.target as HTMLElement | null;
  if (t && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName))) return;
  const box = (document.getElementById('search-q') ?? document.getElementById('site-search-q')) as HTMLInputElement | null;
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
