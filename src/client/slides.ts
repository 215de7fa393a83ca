/**
 * The presentation view: every part fits the screen it is projected on. Each part is measured in
 * the browser (the projector's size is known only there) and, when taller than the screen, its
 * paragraphs and list items continue on the next slide, headed "… (tiếp)"; an item taller than a
 * screen on its own gets smaller type on its slide. Laid out again when the window changes size.
 * Keys: arrows, Page Up/Down and Space move one slide; Home/End to the ends; Esc back to the kit.
 */
import { viSlides } from '../i18n/vi';

const deck = document.getElementById('slides');

/** Elements of a slide that frame its content rather than being part of it. */
const FRAME = ['slide-position', 'slide-help'];
const isFrame = (el: Element): boolean => FRAME.some((c) => el.classList.contains(c));

/** One piece of a part that can move to the next slide: a block, or an item of a list. */
interface Unit {
  node: Element;
  /** The list an item came from (its kind and attributes are kept), and the item's number in it. */
  list?: { source: Element; index: number };
}

/** The pieces of a part after its heading, in order. */
function unitsOf(part: HTMLElement, heading: Element): Unit[] {
  const units: Unit[] = [];
  for (const child of [...part.children]) {
    if (child === heading || isFrame(child)) continue;
    if (child.tagName === 'UL' || child.tagName === 'OL') [...child.children].forEach((li, index) => units.push({ node: li, list: { source: child, index } }));
    else units.push({ node: child });
  }
  return units;
}

if (deck !== null) {
  // The parts as built, kept aside: each layout starts again from them.
  const parts = [...deck.querySelectorAll<HTMLElement>(':scope > .slide')].map((s) => s.cloneNode(true) as HTMLElement);
  /** Whether a slide fits in `room` px (measured while the deck is laid out: a slide is then as high as its content). */
  const fits = (slide: HTMLElement, room = deck.clientHeight): boolean => slide.getBoundingClientRect().height <= room + 0.5;

  /** An empty slide for `part` (its frame, with its heading marked as continued after the first). */
  const emptySlide = (part: HTMLElement, heading: Element, n: number): HTMLElement => {
    const slide = part.cloneNode(false) as HTMLElement;
    if (n > 0) slide.id = `${part.id}-${n + 1}`;
    slide.dataset.part = part.id;
    const h = heading.cloneNode(true) as HTMLElement;
    if (n > 0) h.append(` ${viSlides.continued}`);
    slide.append(h, ...[...part.children].filter((c) => isFrame(c) && (n === 0 || !c.classList.contains('slide-help'))).map((c) => c.cloneNode(true)));
    if (n > 0) slide.dataset.continued = '';
    return slide;
  };

  /** Fill slides for `part` in order, each up to `room` px high (the first piece on a slide always stays). */
  const fill = (part: HTMLElement, heading: Element, units: Unit[], room: number): HTMLElement[] => {
    const slides: HTMLElement[] = [];
    let slide = emptySlide(part, heading, 0);
    let list: { source: Element; copy: Element } | undefined;
    let placed = 0;
    deck.append(slide);
    slides.push(slide);
    const place = (unit: Unit): Element => {
      const node = unit.node.cloneNode(true) as Element;
      const before = slide.querySelector(':scope > .slide-position');
      if (unit.list === undefined) {
        list = undefined;
        slide.insertBefore(node, before);
      } else {
        if (list?.source !== unit.list.source) {
          const copy = unit.list.source.cloneNode(false) as Element;
          // A numbered list goes on counting on the next slide.
          if (copy.tagName === 'OL') copy.setAttribute('start', String(unit.list.index + 1));
          slide.insertBefore(copy, before);
          list = { source: unit.list.source, copy };
        }
        list.copy.append(node);
      }
      return node;
    };
    for (const unit of units) {
      const node = place(unit);
      if (fits(slide, room) || placed === 0) {
        placed++;
        continue;
      }
      // It does not fit: take it back (with its list if it was the list's first item) and start the next slide.
      const parent = node.parentElement;
      node.remove();
      if (parent !== slide && parent !== null && parent.childElementCount === 0) parent.remove();
      slide = emptySlide(part, heading, slides.length);
      list = undefined;
      deck.append(slide);
      slides.push(slide);
      place(unit);
      placed = 1;
    }
    return slides;
  };

  /** Lay out one part as one or more slides appended to the deck, the pieces shared out evenly. */
  const layoutPart = (part: HTMLElement): HTMLElement[] => {
    const whole = part.cloneNode(true) as HTMLElement;
    whole.dataset.part = part.id;
    deck.append(whole);
    const heading = part.querySelector(':scope > h2');
    const room = deck.clientHeight;
    if (fits(whole, room) || heading === null) return [whole];
    whole.remove();
    const units = unitsOf(part, heading);
    const count = fill(part, heading, units, room).length;
    const clear = (): void => deck.querySelectorAll(`[data-part="${part.id}"]`).forEach((s) => s.remove());
    // As many slides as needed, each as full as the others: the least room that needs no more slides.
    let [low, high] = [room / count, room];
    for (let step = 0; step < 6 && count > 1; step++) {
      const mid = (low + high) / 2;
      clear();
      if (fill(part, heading, units, mid).length === count) high = mid;
      else low = mid;
    }
    clear();
    return fill(part, heading, units, high);
  };

  let slides: HTMLElement[] = [];
  const layout = (): void => {
    deck.classList.add('measuring');
    deck.replaceChildren();
    slides = parts.flatMap(layoutPart);
    // A single item taller than the screen: smaller type on that slide only.
    for (const s of slides) for (let size = 95; !fits(s) && size >= 50; size -= 5) s.style.fontSize = `${size}%`;
    deck.classList.remove('measuring');
    slides.forEach((s, i) => {
      s.setAttribute('aria-label', viSlides.slide(i + 1, slides.length));
      const position = s.querySelector('.slide-position');
      if (position !== null) position.textContent = viSlides.position(i + 1, slides.length);
    });
  };

  // The slide whose top is nearest the top of the screen is the current one.
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
  const show = (id: string): void => {
    const at = slides.findIndex((s) => s.id === id);
    if (at >= 0) slides[at]!.scrollIntoView({ block: 'start' });
  };

  layout();
  if (location.hash !== '') show(decodeURIComponent(location.hash.slice(1)));
  // A new size (a projector plugged in, a window resized): lay out again, staying on the same part.
  let pending: number | undefined;
  let width = window.innerWidth;
  let height = window.innerHeight;
  window.addEventListener('resize', () => {
    if (window.innerWidth === width && window.innerHeight === height) return;
    width = window.innerWidth;
    height = window.innerHeight;
    clearTimeout(pending);
    pending = window.setTimeout(() => {
      const at = slides[current()]?.dataset.part;
      layout();
      if (at !== undefined) show(at);
    }, 150);
  });

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
