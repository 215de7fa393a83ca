/** The presentation view's keys: arrows, Page Up/Down and Space move one part; Home/End to the ends; Esc back to the kit. */
const deck = document.getElementById('slides');
if (deck !== null) {
  const slides = [...deck.querySelectorAll<HTMLElement>('.slide')];
  // The part whose top is nearest the top of the screen is the current one.
  const current = (): number => {
    let best = 0;
    slides.forEach((s, i) => {
      if (Math.abs(s.getBoundingClientRect().top) < Math.abs(slides[best]!.getBoundingClientRect().top)) best = i;
    });
    return best;
  };
  const go = (i: number): void => {
    const target = slides[Math.max(0, Math.min(slides.length - 1, i))]!;
    target.scrollIntoView({ block: 'start' });
    history.replaceState(null, '', `#${target.id}`);
  };
  document.addEventListener('keydown', (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const at = current();
    if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(e.key)) go(at + 1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(e.key)) go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(slides.length - 1);
    else if (e.key === 'Escape' && deck.dataset.kit) location.href = deck.dataset.kit;
    else return;
    e.preventDefault();
  });
  deck.focus({ preventScroll: true });
}
