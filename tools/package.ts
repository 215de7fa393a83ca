/**
 * `npm run package`: a versioned zip for IT staff, `release/so-tay-nghi-quyet-<version>[-<base>].zip`,
 * holding the site for a web server (`site/`, built at BASE_PATH, with an IIS web.config), the copy
 * that opens without a server (`offline/`) and the deployment guide (HUONG-DAN-TRIEN-KHAI.md).
 *
 * It builds both first with the safe build (so a failed build packages nothing). SITE_DIR and
 * OFFLINE_DIR package folders built already instead; RELEASE_DIR changes where the zip goes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { releaseName } from './delivery/release';
import { listFiles } from './build/site-files';
import { baseFolder } from '../src/lib/paths';

const root = resolve(import.meta.dirname, '..');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const base = process.env.BASE_PATH ?? '/';

function buildInto(script: string, outDir: string): void {
  execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), script], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, OUT_DIR: outDir },
  });
}

const work = join(root, '.build-tmp', `package-${process.pid}`);
let siteDir = process.env.SITE_DIR;
let offlineDir = process.env.OFFLINE_DIR;
try {
  if (siteDir === undefined) buildInto('tools/build.ts', (siteDir = join(work, 'site')));
  if (offlineDir === undefined) buildInto('tools/build-offline.ts', (offlineDir = join(work, 'offline')));
} catch {
  rmSync(work, { recursive: true, force: true });
  console.error('\n✗ Không đóng gói: bản dựng thất bại (xem lỗi ở trên).');
  process.exit(1);
}

const name = releaseName(version, base);
const folder = name.replace(/\.zip$/, '');
// Fixed timestamps: the same site gives the same zip.
const mtime = new Date('2020-01-01T00:00:00Z');
const tree: Zippable = {};
const add = (path: string, data: Uint8Array) => {
  tree[`${folder}/${path}`] = [data, { mtime }];
};
for (const [prefix, dir] of [['site', resolve(siteDir)], ['offline', resolve(offlineDir)]] as const) {
  for (const file of listFiles(dir)) add(`${prefix}/${file}`, readFileSync(join(dir, file)));
}
add('site/web.config', new TextEncoder().encode(readFileSync(join(root, 'docs/iis/web.config'), 'utf8').replaceAll('__BASE__', baseFolder(base))));
add('HUONG-DAN-TRIEN-KHAI.md', readFileSync(join(root, 'docs/deploy.md')));

const releaseDir = resolve(root, process.env.RELEASE_DIR ?? 'release');
mkdirSync(releaseDir, { recursive: true });
const out = join(releaseDir, name);
writeFileSync(out, zipSync(tree, { level: 9 }));
rmSync(work, { recursive: true, force: true });
const files = Object.keys(tree).length;
console.log(`✓ Đã đóng gói ${out}: ${files} tệp, ${(statSync(out).size / 1024).toFixed(0)} KB (đường dẫn gốc ${base}).`);
