import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import sirv from 'sirv';
const serve = sirv('/tmp/real', { dev: true });
const server = createServer((req, res) => serve(req, res, () => { res.statusCode = 404; res.end('404'); })).listen(4391);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const [path, name, w] of process.argv.slice(2).map((a) => a.split(','))) {
  const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
  await page.goto(`http://localhost:4391${path}`);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: false });
  await page.close();
}
await browser.close(); server.close();
