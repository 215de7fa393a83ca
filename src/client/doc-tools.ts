/**
 * The tools of a document and study-kit page, added by script so that without it the page is
 * still whole: the print button, the citation copy button (the line itself is selectable text),
 * and the identity card and folded parts open on a wide screen, on paper and when a link leads to
 * them (on a phone they start closed, so the summary comes first).
 */
const wide = window.matchMedia('(min-width: 60rem)');
const cards = [...document.querySelectorAll<HTMLDetailsElement>('details[data-open-wide]')];
const openCards = (): void => cards.forEach((d) => (d.open = true));
if (wide.matches) openCards();
window.addEventListener('beforeprint', openCards);
// A link to a folded part ("Trên trang này" → Nguồn) opens it.
const unfold = (): void => {
  const target = location.hash === '' ? null : document.getElementById(decodeURIComponent(location.hash.slice(1)));
  const fold = target?.matches('details') ? target : target?.querySelector(':scope > details[data-open-wide]');
  if (fold instanceof HTMLDetailsElement) fold.open = true;
};
unfold();
window.addEventListener('hashchange', unfold);

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}

/** Copy with the Clipboard API, or, where it is refused (file://, old browsers), by selecting the text. */
async function copy(text: string, source: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  }
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = document.getElementById(button.dataset.status ?? '');
  if (source === null) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    void copy(source.innerText.trim(), source).then((ok) => {
      if (status !== null) status.textContent = (ok ? button.dataset.done : button.dataset.failed) ?? '';
    });
  });
}
