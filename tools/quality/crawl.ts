/**
 * A crawl of a served site, as a web server answers it: start at the site's root, follow every
 * internal link and asset, and report what did not answer 200 and anchors that are not there.
 * The fetching is passed in, so the crawl is plain logic over answers.
 */
import { anchorIds } from './html';
import { pageRefs } from './links';

/** One answer: the HTTP status, its content type and, for HTML, the text. */
export interface Answer {
  status: number;
  type: string;
  text?: string;
}

/** What the crawl saw and found. */
export interface CrawlReport {
  /** Every URL fetched (pages and assets), by path. */
  fetched: Map<string, number>;
  pages: string[];
  links: number;
  problems: { from: string; url: string; reason: string }[];
}

/**
 * Crawl from `start` (an absolute URL of the site's root); `get` fetches one URL. Only URLs of
 * the same origin under the start path are followed; a resource from another origin is a problem.
 * `seeds` (paths) are crawled too, so pages no link reaches yet are checked all the same.
 */
export async function crawl(start: string, get: (url: string) => Promise<Answer>, seeds: readonly string[] = []): Promise<CrawlReport> {
  const origin = new URL(start).origin;
  const base = new URL(start).pathname;
  const fetched = new Map<string, number>();
  const html = new Map<string, string>();
  const pages: string[] = [];
  const problems: CrawlReport['problems'] = [];
  const anchors: { from: string; url: string; path: string; id: string }[] = [];
  let links = 0;
  const queue: string[] = [base, ...seeds.filter((s) => s !== base)];
  const seen = new Set(queue);
  while (queue.length > 0) {
    const path = queue.shift()!;
    const answer = await get(origin + path);
    fetched.set(path, answer.status);
    if (answer.status !== 200 || !answer.type.includes('text/html') || answer.text === undefined) continue;
    pages.push(path);
    html.set(path, answer.text);
    for (const ref of pageRefs(answer.text)) {
      if (/^(mailto|tel|data|blob|javascript):/i.test(ref.url)) continue;
      const url = new URL(ref.url, origin + path);
      links++;
      if (url.origin !== origin) {
        if (ref.resource) problems.push({ from: path, url: ref.url, reason: 'tài nguyên từ nơi khác' });
        continue;
      }
      const target = decodeURIComponent(url.pathname);
      if (!target.startsWith(base)) {
        problems.push({ from: path, url: ref.url, reason: 'ngoài đường dẫn gốc' });
        continue;
      }
      if (url.hash.length > 1) anchors.push({ from: path, url: ref.url, path: target, id: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const [path, status] of fetched) {
    if (status !== 200) problems.push({ from: '(crawl)', url: path, reason: `HTTP ${status}` });
  }
  for (const a of anchors) {
    const page = html.get(a.path);
    if (page !== undefined && !anchorIds(page).has(a.id)) problems.push({ from: a.from, url: a.url, reason: 'không có mục (#) đích' });
  }
  return { fetched, pages, links, problems };
}
