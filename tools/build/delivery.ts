/**
 * Delivery steps that run after the search index and before the new site replaces the old one:
 * the Content-Security-Policy written into every page, then the link check of the whole site.
 * Either one failing stops the build and leaves the previous site in place.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockedInlineCode, buildPolicy, injectPolicy, inlineScriptHashes, shipsWasm } from '../quality/csp';
import { checkLinks, formatLinkProblems } from '../quality/links';
import { SW_FILE, SW_REGISTER_FILE, injectRegister, registerSource, serviceWorkerSource, shellFiles } from '../delivery/service-worker';
import { readSite } from './site-files';
import type { BuildStep } from './steps';

/** Write the service worker and its registration, and load the registration on every page. */
export function writeServiceWorker(siteDir: string, base: string): void {
  const { files, pages } = readSite(siteDir);
  // The cache name follows the content: any change to any file makes a new cache.
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(siteDir, file)));
  const version = hash.digest('hex').slice(0, 12);
  writeFileSync(join(siteDir, SW_FILE), serviceWorkerSource({ base, version, precache: shellFiles(files) }));
  writeFileSync(join(siteDir, SW_REGISTER_FILE), registerSource(base));
  for (const page of pages) writeFileSync(join(siteDir, page.file), injectRegister(page.html, base));
}

/** Hash every inline script into the page's policy; refuse code a policy cannot allow by hash. */
export function writePolicies(siteDir: string): number {
  const { files, pages } = readSite(siteDir);
  const wasm = shipsWasm(files);
  const blocked = pages.flatMap((p) => blockedInlineCode(p.html).map((what) => `  ${p.file}: ${what}`));
  if (blocked.length > 0) {
    throw new Error(`mã JavaScript viết trong thuộc tính HTML sẽ bị chính sách bảo mật chặn; hãy chuyển vào <script>:\n${blocked.join('\n')}`);
  }
  for (const page of pages) {
    const policy = buildPolicy({ scriptHashes: inlineScriptHashes(page.html), wasm });
    writeFileSync(join(siteDir, page.file), injectPolicy(page.html, policy));
  }
  return pages.length;
}

/** Check every link, asset and anchor of the site at `base`; throws with the list of problems. */
export function checkSiteLinks(siteDir: string, base: string, directoryIndex = true): { pages: number; links: number } {
  const { files, pages } = readSite(siteDir);
  const report = checkLinks(pages, files, { base, directoryIndex });
  if (report.problems.length > 0) {
    throw new Error(`${report.problems.length} liên kết hỏng trong ${report.pages} trang:\n${formatLinkProblems(report.problems)}`);
  }
  return { pages: report.pages, links: report.links };
}

/** The steps, in order. */
export const deliverySteps: BuildStep[] = [
  { name: 'bộ nhớ đệm đọc ngoại tuyến (service worker)', run: ({ siteDir, base }) => writeServiceWorker(siteDir, base) },
  { name: 'chính sách bảo mật nội dung (CSP)', run: ({ siteDir }) => void writePolicies(siteDir) },
  {
    name: 'kiểm tra liên kết',
    run: ({ siteDir, base }) => {
      const { pages, links } = checkSiteLinks(siteDir, base);
      console.log(`  Liên kết: ${links} liên kết trong ${pages} trang, không có liên kết hỏng.`);
    },
  },
];
