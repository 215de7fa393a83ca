/**
 * What a trainer gets (issue 12), in real Chromium on the fixture site under /sotay/: the document
 * page in reading order, the citation line and its copy button, the study kit at phone and desk
 * widths, and the A4 handout printed to PDF and read back page by page.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { useServedSite } from '../support/served-site';
import { headingTopic } from '../../src/lib/views/page-sections';

const site = useServedSite('sub');

/** Open `path` at `width` px (script on or off). */
async function open(path: string, width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.server.url}${path}`);
  return page;
}

/** Print the page to A4 PDF and read each page's text. */
async function printed(page: Page): Promise<string[]> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false });
  return (text as string[]).map((t) => t.replace(/\s+/g, ' '));
}

const CITATION_58 = 'Nghị quyết số 58-NQ/TW, ngày 5/8/2020 của Bộ Chính trị về xây dựng và phát triển tỉnh Thanh Hóa đến năm 2030, tầm nhìn đến năm 2045';

describe('the document page reads in the right order', () => {
  it.each([
    ['van-ban/58-nq-tw-2020/', 360],
    ['van-ban/18-nq-tw-2017/', 360],
    ['van-ban/58-nq-tw-2020/', 1280],
  ])('%s at %i px: the summary starts on the first screen, before the identity card on a phone', async (path, width) => {
    const page = await open(path, width);
    const top = async (sel: string): Promise<number> => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top);
    expect(await top('#tom-tat')).toBeLessThan(600);
    if (width < 960) expect(await top('#tom-tat')).toBeLessThan(await top('details.doc-card'));
    else expect(await page.locator('details.doc-card').getAttribute('open')).not.toBeNull();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.context().close();
  });

  it('"Trên trang này" lists the sections the page has, each link reaching its section', async () => {
    const page = await open('van-ban/58-nq-tw-2020/', 360);
    const targets = await page.locator('.on-this-page a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(targets).toEqual(['#tom-tat', '#diem-chinh', '#noi-dung-van-ban', '#tu-lieu-hoc-tap', '#van-ban-lien-quan', '#tinh-thuc-hien', '#nguon']);
    for (const t of targets) expect(await page.locator(t).count()).toBe(1);
    await page.context().close();
  });

  it('one relations block: each related document is listed once, under the wording of its end', async () => {
    const page = await open('van-ban/18-nq-tw-2017/', 1280);
    const links = await page.locator('#van-ban-lien-quan a.rel-link').evaluateAll((as) => as.map((a) => a.getAttribute('data-rel-target')));
    expect(links.length).toBeGreaterThan(3);
    expect(new Set(links).size).toBe(links.length);
    expect(await page.locator('.chain, figure.lg').count()).toBe(1);
    // 18-NQ/TW (2022) cites this one and is also named in our summary: listed once, under "cited by".
    expect(await page.locator('#van-ban-lien-quan h3').allInnerTexts()).toEqual(expect.arrayContaining(['Được sơ kết / tổng kết bởi', 'Được dẫn chiếu bởi']));
    expect(links.filter((l) => l === '18-nq-tw-2022')).toHaveLength(1);
    await page.context().close();
  });

  it.each([360, 1280])('at %i px no code breaks inside ("18-/NQ/TW")', async (width) => {
    const page = await open('van-ban/18-nq-tw-2017/', width);
    await page.locator('details.doc-card').evaluate((d) => ((d as HTMLDetailsElement).open = true));
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => el.children.length === 0 && /^\d+-[A-ZĐ]+\/[A-ZĐ]+$/u.test(el.textContent?.trim() ?? ''))
        .filter((el) => el.getClientRects().length > 1 || (el as HTMLElement).offsetHeight > parseFloat(getComputedStyle(el).lineHeight) * 1.5)
        .map((el) => el.textContent),
    );
    expect(broken).toEqual([]);
    await page.context().close();
  });
});

describe('a phone page that leads with what matters (72-NQ/TW: targets, study material, a note, a body with the same topics)', () => {
  it('the first screen at 360×640 holds kind, code, date, issuer and status', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${site.server.url}van-ban/72-nq-tw-2025/`);
    // Each fact: its text, and the bottom of the element showing it within the first screen.
    const seen = async (sel: string): Promise<[string, boolean]> =>
      page.locator(sel).first().evaluate((el) => [(el as HTMLElement).innerText, el.getBoundingClientRect().bottom <= window.innerHeight]);
    expect(await seen('.doc-head .kind')).toEqual(['NGHỊ QUYẾT · 72-NQ/TW', true]);
    expect(await seen('.doc-head h1')).toEqual(['Nghị quyết số 72-NQ/TW', true]);
    expect(await seen('.doc-head .doc-key')).toEqual(['09/09/2025 · Bộ Chính trị · Còn hiệu lực', true]);
    expect(await seen('.doc-head .doc-key .badge')).toEqual(['Còn hiệu lực', true]);
    await context.close();
  });

  it('each section once: no heading, and no topic under two headings ("Chỉ tiêu" / "Bối cảnh" / "Bối cảnh ban hành")', async () => {
    const page = await open('van-ban/72-nq-tw-2025/', 360);
    const headings = (await page.locator('main h2, main h3').allTextContents()).map((h) => h.replace(/\s+/g, ' ').trim());
    expect(headings).toEqual(expect.arrayContaining(['Chỉ tiêu', 'Bối cảnh', 'Tổ chức thực hiện', 'Tư liệu học tập', 'Quan điểm chỉ đạo']));
    const topics = headings.map((h) => headingTopic(h) ?? h);
    expect(topics.filter((t, i) => topics.indexOf(t) !== i)).toEqual([]);
    // The targets the body's "Chỉ tiêu" worded are in the table, each once.
    expect(await page.locator('#chi-tieu table.targets tbody tr').count()).toBe(10);
    await page.context().close();
  });

  it('the editors\' note comes after the identity card, marked as a note', async () => {
    const page = await open('van-ban/72-nq-tw-2025/', 360);
    const top = async (sel: string): Promise<number> => page.locator(sel).first().evaluate((el) => el.getBoundingClientRect().top);
    expect(await page.locator('.editor-note h2').innerText()).toBe('Ghi chú biên tập');
    expect(await top('.editor-note')).toBeGreaterThan(await top('details.doc-card'));
    expect(await page.locator('.doc-summary .editor-note, .doc-head .editor-note').count()).toBe(0);
    await page.context().close();
  });

  it.each([360, 1280])('at %i px: at most 7,000 px high on a phone; folded parts open on a wide screen and from "Trên trang này"', async (width) => {
    const page = await open('van-ban/72-nq-tw-2025/', width);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`[handout] 72-NQ/TW ở ${width} px: trang cao ${height} px`);
    if (width < 960) expect(height).toBeLessThanOrEqual(7000);
    const open_ = (): Promise<boolean> => page.locator('#nguon details').evaluate((d) => (d as HTMLDetailsElement).open);
    if (width < 960) {
      expect(await open_()).toBe(false);
      await page.locator('.on-this-page a[href="#nguon"]').click();
    }
    expect(await open_()).toBe(true);
    expect(await page.locator('#nguon li').first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe('the citation line', () => {
  it('shows the standard line and the copy button puts exactly it on the clipboard', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${site.server.url}van-ban/58-nq-tw-2020/`);
    expect(await page.locator('#trich-dan').innerText()).toBe(CITATION_58);
    await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await page.locator('#trich-dan-status', { hasText: 'Đã sao chép trích dẫn.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CITATION_58);
    await context.close();
  });

  it.each<[string, string]>([
    ['van-ban/nghi-quyet-dai-hoi-toan-quoc-xiii-2021/', 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng'],
    ['van-ban/60-qd-tw/', 'Quy định số 60-QĐ/TW'],
  ])('%s: without script the line is selectable text with no button; nothing reads "unknown"', async (path, start) => {
    const page = await open(path, 360, false);
    const line = await page.locator('#trich-dan').innerText();
    expect(line.startsWith(start)).toBe(true);
    expect(line).not.toMatch(/unknown|chưa rõ|chưa xác định|\(\s*\)/i);
    expect(await page.locator('#trich-dan').evaluate((el) => getComputedStyle(el).userSelect)).not.toBe('none');
    expect(await page.getByRole('button', { name: 'Sao chép trích dẫn' }).count()).toBe(0);
    await page.context().close();
  });
});

describe('the study kit', () => {
  it.each([360, 1280])('at %i px: identity and citation first, parts in order, no empty heading, no sideways scrolling', async (width) => {
    const page = await open('van-ban/58-nq-tw-2020/hoc-tap/', width);
    const headings = await page.locator('main h2').allInnerTexts();
    expect(headings).toEqual(['Thông tin và trích dẫn', 'Tóm tắt', 'Mục tiêu cụ thể', 'Nhiệm vụ, giải pháp', 'Tổ chức thực hiện', 'Câu hỏi thảo luận', 'Gợi ý liên hệ bản thân', 'Các văn bản triển khai ở địa phương', 'Nguồn']);
    const empty = await page.locator('main section').evaluateAll((ss) => ss.filter((s) => (s.textContent ?? '').trim() === (s.querySelector('h2')?.textContent ?? '').trim()).length);
    expect(empty).toBe(0);
    expect(await page.locator('#trich-dan').innerText()).toBe(CITATION_58);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.context().close();
  });

  it('a document with no study material leaves every study part out', async () => {
    const page = await open('van-ban/60-qd-tw/hoc-tap/', 360);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Thông tin và trích dẫn', 'Tóm tắt', 'Nguồn']);
    await page.context().close();
  });

  it('the chain of local documents shows each one\'s status and the progress reported for it', async () => {
    const page = await open('van-ban/28-nq-tw-2022/hoc-tap/', 1280);
    const chain = await page.locator('.kit-chain').innerText();
    expect(chain).toContain('55-CTr/TU');
    expect(chain).toContain('Tình trạng');
    await page.context().close();
  });
});

describe('the A4 handout (printed to PDF and read back)', () => {
  it.each([
    ['van-ban/58-nq-tw-2020/hoc-tap/', 2],
    ['van-ban/58-nq-tw-2020/', 3],
  ])('%s prints on at most %i pages; page 1 starts with the running header, identity and citation', async (path, most) => {
    const page = await open(path, 1280);
    const pages = await printed(page);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.length).toBeLessThanOrEqual(most);
    pages.forEach((text, i) => {
      expect(text).toContain('58-NQ/TW');
      expect(text).toContain(`Trang ${i + 1}/${pages.length}`);
      expect(text).toContain('Sổ tay ghi nhận đến 07/04/2021');
    });
    const first = pages[0]!;
    expect(first.indexOf('Thông tin văn bản')).toBeLessThan(first.indexOf('Tóm tắt'));
    expect(first).toContain(CITATION_58);
    const all = pages.join(' ');
    for (const absent of ['Loại văn bản', 'Cơ quan ban hành Trang', 'Trên trang này', 'Lược đồ', 'Sao chép trích dẫn', 'In trang này', 'Bên trái']) expect(all).not.toContain(absent);
    expect(all).toContain('http://baothanhhoa.vn/');
    await page.context().close();
  });
});

describe('the presentation view', () => {
  it.each([
    [1366, 768],
    [1024, 768],
  ])('at %i×%i every slide of 72-NQ/TW fits the screen; a long part continues "(tiếp)" and every item is projected', async (width, height) => {
    // The parts as built (no script): what must be projected, item by item.
    const still = await site.browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
    const built = await still.newPage();
    await built.goto(`${site.server.url}van-ban/72-nq-tw-2025/trinh-chieu/`);
    const parts = await built.locator('.slide').evaluateAll((ss) => ss.map((s) => ({ tall: s.getBoundingClientRect().height > window.innerHeight, items: [...s.querySelectorAll('li, p:not(.slide-position):not(.slide-help)')].map((x) => x.textContent?.trim()) })));
    await still.close();
    // Without the measuring, at least one part would not fit (the test can fail).
    expect(parts.some((p) => p.tall)).toBe(true);

    const context = await site.browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}van-ban/72-nq-tw-2025/trinh-chieu/`);
    const slides = await page.locator('.slide').evaluateAll((ss) =>
      ss.map((s) => {
        const box = s.getBoundingClientRect();
        const overflow = [...s.querySelectorAll('*')].some((el) => el.getBoundingClientRect().bottom > box.bottom + 0.5 || el.getBoundingClientRect().right > box.right + 0.5);
        return {
          height: box.height,
          scrolls: s.scrollHeight > s.clientHeight + 1,
          overflow,
          heading: s.querySelector('h1, h2')?.textContent?.trim() ?? '',
          position: s.querySelector('.slide-position')?.textContent ?? '',
          items: [...s.querySelectorAll('li, p:not(.slide-position):not(.slide-help)')].map((x) => x.textContent?.trim()),
        };
      }),
    );
    console.log(`[handout] 72-NQ/TW trình chiếu ${width}×${height}: ${parts.length} phần → ${slides.length} trang chiếu, cao nhất ${Math.max(...slides.map((s) => s.height))} px`);
    for (const s of slides) {
      expect(s.height, s.heading).toBeLessThanOrEqual(height);
      expect(s.scrolls, s.heading).toBe(false);
      expect(s.overflow, s.heading).toBe(false);
    }
    // Every item of every part, in order, once; the positions count every slide.
    expect(slides.flatMap((s) => s.items)).toEqual(parts.flatMap((p) => p.items));
    expect(slides.map((s) => s.position)).toEqual(slides.map((_, i) => `${i + 1}/${slides.length}`));
    const continued = slides.filter((s) => s.heading.endsWith('(tiếp)'));
    expect(continued.length).toBeGreaterThan(0);
    for (const c of continued) {
      const before = slides[slides.indexOf(c) - 1]!;
      expect(before.heading.replace(/ \(tiếp\)$/, '')).toBe(c.heading.replace(/ \(tiếp\)$/, ''));
    }
    // The keys reach every slide, the last one included.
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('.slide')].find((el) => Math.abs(el.getBoundingClientRect().top) < 5)?.querySelector('.slide-position')?.textContent)).toBe(`${slides.length}/${slides.length}`);
    await context.close();
  });


  it('one part per screen with its position; arrow keys move, Home and End reach the ends', async () => {
    const page = await open('van-ban/58-nq-tw-2020/trinh-chieu/', 1280);
    const slides = page.locator('.slide');
    const n = await slides.count();
    expect(n).toBe(9);
    // The part at the top of the screen, by its position line.
    const shown = (): Promise<string> =>
      page.evaluate(() => {
        const s = [...document.querySelectorAll('.slide')].find((el) => Math.abs(el.getBoundingClientRect().top) < 5);
        return s?.querySelector('.slide-position')?.textContent ?? '';
      });
    expect(await shown()).toBe(`1/${n}`);
    expect(await slides.first().evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThanOrEqual(800);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(shown).toBe(`3/${n}`);
    expect(await slides.nth(2).locator('h2').innerText()).toBe('Điểm chính');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(shown).toBe(`2/${n}`);
    await page.keyboard.press('End');
    await expect.poll(shown).toBe(`${n}/${n}`);
    await page.keyboard.press('Home');
    await expect.poll(shown).toBe(`1/${n}`);
    // Large type: the body text of a part is well above the page's 16 px.
    expect(await slides.nth(2).locator('li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });
});
