/**
 * The built fixture site's feeds and open data, at the root and under /sotay/: every feed file is
 * valid Atom and links only to pages that exist under the base; every page links the whole
 * base's feed from <head>, a province page its own; the JSON export validates against the schema
 * the build wrote; each document has its JSON beside its page; sitemap.xml lists the pages.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'parse5';
import { describe, expect, inject, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { atomProblems } from '../support/atom-rules';
import { useServedSite } from '../support/served-site';

const sites = inject('sites');

/** Every file of a built site, relative to it. */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)).map((f) => `${n}/${f}`) : [n]));
}

/** The page file a path under `base` leads to. */
function pageFile(dir: string, base: string, href: string): string {
  return join(dir, href.slice(base.length), href.endsWith('/') ? 'index.html' : '');
}

/** The <link rel="alternate" type="application/atom+xml"> hrefs of a page's head, read with parse5. */
function feedLinks(html: string): string[] {
  const out: string[] = [];
  const walk = (node: any): void => {
    if (node.tagName === 'link') {
      const a = Object.fromEntries((node.attrs as { name: string; value: string }[]).map((x) => [x.name, x.value]));
      if (a['rel'] === 'alternate' && a['type'] === 'application/atom+xml') out.push(a['href']!);
    }
    for (const c of node.childNodes ?? []) walk(c);
  };
  walk(parse(html));
  return out;
}

describe.each([['root'], ['sub']] as const)('the %s build', (which) => {
  const { dir, base } = sites[which];
  const all = files(dir);

  it('every feed is valid Atom, has entries where the base has dated documents, and links to pages under the base', () => {
    const feeds = all.filter((f) => f.endsWith('atom.xml'));
    expect(feeds).toContain('moi-cap-nhat/atom.xml');
    expect(feeds.some((f) => f.startsWith('tinh/'))).toBe(true);
    expect(feeds.some((f) => f.startsWith('chu-de/'))).toBe(true);
    for (const feed of feeds) {
      const { problems, links } = atomProblems(readFileSync(join(dir, feed), 'utf8'));
      expect([feed, problems]).toEqual([feed, []]);
      for (const link of links) {
        expect(link.startsWith(`${base}van-ban/`)).toBe(true);
        expect(existsSync(pageFile(dir, base, link))).toBe(true);
      }
    }
    expect(atomProblems(readFileSync(join(dir, 'moi-cap-nhat/atom.xml'), 'utf8')).entries).toBeGreaterThan(0);
  });

  it.each([
    ['index.html', ['moi-cap-nhat/atom.xml']],
    ['van-ban/58-nq-tw-2020/index.html', ['moi-cap-nhat/atom.xml']],
    ['tinh/thanh-hoa/index.html', ['moi-cap-nhat/atom.xml', 'tinh/thanh-hoa/atom.xml']],
  ])('%s links its feeds from <head>', (page, feeds) => {
    expect(feedLinks(readFileSync(join(dir, page), 'utf8'))).toEqual(feeds.map((f) => `${base}${f}`));
  });

  it('the "Mới cập nhật" page lists changes with what changed', () => {
    const html = readFileSync(join(dir, 'moi-cap-nhat/index.html'), 'utf8');
    expect(html).toMatch(/(Thêm mới|Cập nhật) \d{2}\/\d{2}\/\d{4}/);
    expect(html).toContain(`href="${base}van-ban/`);
  });

  it('the JSON export validates against the schema the build wrote; each document has its JSON beside its page', () => {
    const schema = JSON.parse(readFileSync(join(dir, 'du-lieu/so-tay.schema.json'), 'utf8'));
    const data = JSON.parse(readFileSync(join(dir, 'du-lieu/so-tay.json'), 'utf8'));
    const validate = new Ajv2020({ strict: false, validateFormats: false }).compile(schema);
    expect([validate(data), validate.errors ?? []]).toEqual([true, []]);
    for (const doc of data.documents as { id: string; data: string; body?: string }[]) {
      // The whole export leaves the body to the document's own file, which `data` names.
      expect(doc.body).toBeUndefined();
      expect(doc.data).toBe(`/van-ban/${doc.id}/van-ban.json`);
      const { body, ...own } = JSON.parse(readFileSync(join(dir, 'van-ban', doc.id, 'van-ban.json'), 'utf8')) as { body: string };
      expect(own).toEqual(doc);
      // An identity entry may have no body; a study entry has one.
      if ((doc as { study?: unknown }).study !== undefined) expect(body.length).toBeGreaterThan(0);
      else expect(typeof body).toBe('string');
      expect(existsSync(join(dir, 'van-ban', doc.id, 'index.html'))).toBe(true);
    }
  });

  it('sitemap.xml lists every page under the base, no redirect and no 404', () => {
    const tree = new XMLParser({ isArray: (name) => name === 'url' }).parse(readFileSync(join(dir, 'sitemap.xml'), 'utf8'));
    const locs = (tree.urlset.url as { loc: string }[]).map((u) => u.loc);
    expect(locs).toContain(`${base}van-ban/58-nq-tw-2020/`);
    expect(locs).toContain(`${base}moi-cap-nhat/`);
    for (const old of ['55-ctr-tu-2023-tinh-uy-tinh-chua-xac-dinh', '947-tb-tu-2024-btv-tinh-uy-tinh-chua-xac-dinh']) expect(locs).not.toContain(`${base}van-ban/${old}/`);
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.every((l) => l.startsWith(base) && existsSync(pageFile(dir, base, l)))).toBe(true);
  });
});

describe('the feed reads in a browser as a page, through its local stylesheet, newest first with what changed', () => {
  const site = useServedSite('sub');

  it('shows the title, the explanation and each entry with a live link to its page', async () => {
    const page = await site.browser.newPage({ viewport: { width: 360, height: 800 } });
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(site.server.url.replace(/sotay\/$/, ''))) outside.push(r.url());
    });
    const response = await page.goto(`${site.server.url}moi-cap-nhat/atom.xml`);
    expect(response?.status()).toBe(200);
    const shown = await page.evaluate(() => {
      const NS = 'http://www.w3.org/2005/Atom';
      const title = document.getElementsByTagNameNS(NS, 'title')[0]!;
      const id = document.getElementsByTagNameNS(NS, 'id')[0]!;
      const links = [...document.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'a')] as HTMLAnchorElement[];
      const entries = [...document.getElementsByTagNameNS(NS, 'entry')].map((e) => e.getElementsByTagNameNS(NS, 'updated')[0]!.textContent!);
      return {
        titleDisplay: getComputedStyle(title).display,
        titleSize: Number.parseFloat(getComputedStyle(title).fontSize),
        idDisplay: getComputedStyle(id).display,
        links: links.map((a) => a.href),
        entries,
      };
    });
    expect(shown.titleDisplay).toBe('block');
    expect(shown.titleSize).toBeGreaterThan(20);
    expect(shown.idDisplay).toBe('none');
    expect(shown.links.length).toBe(shown.entries.length);
    expect(shown.links.every((href) => href.startsWith(`${site.server.url}van-ban/`))).toBe(true);
    // Newest first.
    expect([...shown.entries].sort().reverse()).toEqual(shown.entries);
    expect(outside).toEqual([]);
    // Following an entry's link opens the document's page.
    await page.goto(shown.links[0]!);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
