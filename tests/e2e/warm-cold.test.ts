/**
 * A warm build equals a cold one. A copy of the fixture content is edited step by step (a code
 * that other bodies cite, a renamed file with its former id, a deleted document that bodies still
 * cite, a document that makes a bare reference ambiguous, then the original again). After each
 * step the real build runs twice: "warm" into the same output folder as the step before, with
 * Astro's and Vite's caches left from the previous build; "cold" into a fresh folder after those
 * caches are deleted. The two trees must be equal byte for byte, path for path. Files whose names
 * carry a content hash may differ by name only (reported, not failed); anything else fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../support/global-setup';

const root = resolve(import.meta.dirname, '../..');
const work = join(root, '.build-tmp', 'e2e', `warm-${process.pid}`);
/** CONTENT_ROOT: the folder holding `content/`. */
const contentRoot = work;
const content = join(contentRoot, 'content');
const docs = join(content, 'documents');
const warmOut = join(work, 'out-warm');
const coldOut = join(work, 'out-cold');
/** The caches a warm build keeps and a cold build starts without. */
const caches = [join(root, 'node_modules/.astro'), join(root, 'node_modules/.vite'), join(contentRoot, '.astro')];
/** What the build is made of: when the other engineer edits it during a pair of builds, the pair is run again. */
const buildInputs = [join(root, 'src'), join(root, 'tools'), join(root, 'astro.config.mjs'), join(root, 'public')];

/** The environment of a build as a person runs it: without what the test runner adds (BASE_URL, NODE_ENV …), which Vite would read. */
function buildEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, NODE_ENV: _mode, MODE: _m, DEV: _d, PROD: _p, SSR: _s, ...env } = process.env;
  return env;
}

interface BuildResult {
  status: number | null;
  output: string;
}

function build(outDir: string): BuildResult {
  const r = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'tools/build.ts'], {
    cwd: root,
    env: { ...buildEnv(), CONTENT_ROOT: contentRoot, OUT_DIR: outDir, BASE_PATH: '/' },
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: r.status, output: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
}

function buildOk(outDir: string, label: string): void {
  const r = build(outDir);
  if (r.status !== 0) throw new Error(`bản dựng ${label} thất bại (${r.status}):\n${r.output.slice(-4000)}`);
}

function clearCaches(): void {
  for (const dir of caches) rmSync(dir, { recursive: true, force: true });
}

/** Every file under `dir`, by path relative to it, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return files;
}

/** Number of files under `dir` (0 when it does not exist). */
function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}

/** Path, size and time of every file the build is made of. */
function fingerprint(): string {
  const parts: string[] = [];
  const walk = (p: string): void => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const name of readdirSync(p).sort()) walk(join(p, name));
    else parts.push(`${p}:${s.size}:${s.mtimeMs}`);
  };
  buildInputs.forEach(walk);
  return parts.join('\n');
}

/** A name with its content hash replaced: `Base.BvArYLtz.css` → `Base.#.css`, `vi_a2a0bff.pf_fragment` → `vi_#.pf_fragment`. */
function hashless(path: string): string | undefined {
  const name = path.split('/').pop()!;
  const m = /([._])([A-Za-z0-9_-]{7,12})(\.[^.]+)$/.exec(name);
  if (m === null || !/[0-9A-Z]/.test(m[2]!)) return undefined;
  return `${dirname(path)}/${name.slice(0, m.index)}${m[1]}#${m[3]}`;
}

/** Where two lines first differ, with a little context, for the failure message. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const from = Math.max(0, i - 120);
  return `byte ${i} (${a.length} vs ${b.length} byte)\n    warm: …${a.subarray(from, i + 160).toString('utf8')}…\n    cold: …${b.subarray(from, i + 160).toString('utf8')}…`;
}

interface Comparison {
  /** Paths only in one tree, or with other bytes, described. */
  differences: string[];
  /** Hashed files that differ by name only: warm name → cold name. */
  renamedOnly: string[];
}

function compareTrees(warm: Map<string, Buffer>, cold: Map<string, Buffer>): Comparison {
  const differences: string[] = [];
  const renamedOnly: string[] = [];
  for (const [path, bytes] of warm) {
    const other = cold.get(path);
    if (other !== undefined && !bytes.equals(other)) differences.push(`${path}: nội dung khác nhau tại ${firstDifference(bytes, other)}`);
  }
  const onlyWarm = [...warm.keys()].filter((p) => !cold.has(p));
  const onlyCold = new Set([...cold.keys()].filter((p) => !warm.has(p)));
  for (const path of onlyWarm) {
    const key = hashless(path);
    const twin = key === undefined ? undefined : [...onlyCold].find((p) => hashless(p) === key && cold.get(p)!.equals(warm.get(path)!));
    if (twin !== undefined) {
      renamedOnly.push(`${path} → ${twin}`);
      onlyCold.delete(twin);
    } else {
      differences.push(`${path}: chỉ có trong bản warm`);
    }
  }
  for (const path of onlyCold) differences.push(`${path}: chỉ có trong bản cold`);
  return { differences, renamedOnly };
}

/** Notes printed at the end: hashed files renamed only, pairs run again because src moved. */
const notes: string[] = [];
let baseline: { files: Map<string, Buffer>; inputs: string } | undefined;

/**
 * The step's pair of builds: warm (same output folder, caches kept), then cold (caches deleted,
 * fresh folder). Returns both trees. When the build's own sources change between the two builds,
 * the pair runs again (the comparison would otherwise compare two programs).
 */
function warmAndCold(step: string): { warm: Map<string, Buffer>; cold: Map<string, Buffer>; inputs: string } {
  for (let attempt = 1; ; attempt += 1) {
    const before = fingerprint();
    notes.push(`${step}: bộ nhớ đệm trước bản warm: ${caches.map((dir) => `${relative(root, dir)} ${countFiles(dir)} tệp`).join(', ')}`);
    buildOk(warmOut, `warm (${step})`);
    clearCaches();
    rmSync(coldOut, { recursive: true, force: true });
    buildOk(coldOut, `cold (${step})`);
    const after = fingerprint();
    if (before === after || attempt === 3) {
      if (before !== after) notes.push(`${step}: mã nguồn thay đổi trong lúc dựng cả ${attempt} lần; so sánh vẫn chạy`);
      return { warm: tree(warmOut), cold: tree(coldOut), inputs: after };
    }
    notes.push(`${step}: mã nguồn thay đổi giữa hai bản dựng, chạy lại cặp (lần ${attempt + 1})`);
  }
}

function expectEqualTrees(step: string, warm: Map<string, Buffer>, cold: Map<string, Buffer>): void {
  const { differences, renamedOnly } = compareTrees(warm, cold);
  for (const r of renamedOnly) notes.push(`${step}: tệp có mã băm chỉ khác tên: ${r}`);
  expect(warm.size).toBeGreaterThan(100);
  expect(differences, `${step}: bản warm khác bản cold ở ${differences.length} tệp:\n${differences.slice(0, 20).join('\n')}`).toEqual([]);
}

/** Replace text in a content file, failing when the text is not there (an edit must not silently do nothing). */
function edit(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`không tìm thấy ${String(from)} trong ${path}`);
  writeFileSync(path, next);
}

/** Files under documents/ whose text holds `needle`. */
function filesHolding(needle: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (readFileSync(full, 'utf8').includes(needle)) found.push(full);
    }
  };
  walk(docs);
  return found.sort();
}

/** Add `formerIds: [old]` after the code line of a frontmatter (or append to an existing list). */
function addFormerId(path: string, old: string): void {
  const text = readFileSync(path, 'utf8');
  if (/^formerIds:/m.test(text)) edit(path, /^formerIds:\n/m, `formerIds:\n  - ${old}\n`);
  else edit(path, /^(code: .*\n)/m, `$1formerIds:\n  - ${old}\n`);
}

function restoreOriginal(): void {
  rmSync(content, { recursive: true, force: true });
  cpSync(join(FIXTURE_SITE, 'content'), content, { recursive: true });
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  restoreOriginal();
  // The first build of the original content, cold: the "previous build" the first warm build follows.
  clearCaches();
  const inputs = fingerprint();
  buildOk(warmOut, 'ban đầu');
  baseline = { files: tree(warmOut), inputs };
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  if (notes.length > 0) console.warn(`warm/cold:\n  ${notes.join('\n  ')}`);
});

describe('a warm build equals a cold one', () => {
  it('(a) after the code of a document other bodies cite changes (28-NQ/TW → 29-NQ/TW, file renamed with its former id)', () => {
    const old = join(docs, 'nghi-quyet/28-nq-tw-2022.md');
    const next = join(docs, 'nghi-quyet/29-nq-tw-2022.md');
    // Others cite it in their bodies and one relation targets it: the relation follows the new id,
    // the bodies keep "28-NQ/TW", which now names no document (plain text, the editors' list).
    expect(filesHolding('28-NQ/TW').map((f) => relative(docs, f))).toContain('chuong-trinh/55-ctr-tu-2023.md');
    edit(old, /^code: 28-NQ\/TW$/m, 'code: 29-NQ/TW');
    addFormerId(old, '28-nq-tw-2022');
    renameSync(old, next);
    for (const f of filesHolding('target: 28-nq-tw-2022')) edit(f, /target: 28-nq-tw-2022$/gm, 'target: 29-nq-tw-2022');

    const { warm, cold } = warmAndCold('(a)');
    expect(cold.has('van-ban/29-nq-tw-2022/index.html')).toBe(true);
    expect(cold.has('van-ban/28-nq-tw-2022/index.html')).toBe(true); // the redirect from the former id
    expectEqualTrees('(a)', warm, cold);
  }, 45_000);

  it('(b) after a document file is renamed, its old id in formerIds and the relations that target it fixed', () => {
    const old = join(docs, 'nghi-quyet/18-nq-tw-2017.md');
    addFormerId(old, '18-nq-tw-2017');
    renameSync(old, join(docs, 'nghi-quyet/18-nq-tw-2017-khoa-xii.md'));
    const targeting = filesHolding('target: 18-nq-tw-2017\n');
    expect(targeting.length).toBeGreaterThan(0);
    for (const f of targeting) edit(f, /target: 18-nq-tw-2017$/gm, 'target: 18-nq-tw-2017-khoa-xii');

    const { warm, cold } = warmAndCold('(b)');
    expect(cold.has('van-ban/18-nq-tw-2017-khoa-xii/index.html')).toBe(true);
    expect(cold.has('van-ban/18-nq-tw-2017/index.html')).toBe(true);
    expectEqualTrees('(b)', warm, cold);
  }, 45_000);

  it('(c) after a document that bodies cite but no relation targets is deleted (43-KH/TU)', () => {
    expect(filesHolding('target: 43-kh-tu-2022')).toEqual([]);
    expect(filesHolding('Kế hoạch số 43-KH/TU, ngày 18/1/2022').length).toBeGreaterThan(1);
    rmSync(join(docs, 'ke-hoach/43-kh-tu-2022.md'));

    const { warm, cold } = warmAndCold('(c)');
    expect(cold.has('van-ban/43-kh-tu-2022/index.html')).toBe(false);
    expectEqualTrees('(c)', warm, cold);
  }, 45_000);

  it('(d) a document that makes a bare reference ambiguous stops the build, warm or cold, naming the file and line', () => {
    // "Chỉ thị 05-CT/TW" without a date, in the body of 04-NQ/TW: with a second 05-CT/TW it could mean either.
    const citing = join(docs, 'nghi-quyet/04-nq-tw-2016.md');
    const lines = readFileSync(citing, 'utf8').split('\n');
    const bodyStart = lines.indexOf('---', 1) + 1;
    const line = lines.findIndex((l, i) => i >= bodyStart && /Chỉ thị 05-CT\/TW(?!,? ngày)/.test(l)) + 1;
    expect(bodyStart).toBeGreaterThan(1);
    expect(line).toBeGreaterThan(0);
    writeFileSync(join(docs, 'chi-thi/05-ct-tw-2008.md'), `---
code: 05-CT/TW
kind: chi-thi
title: Một chỉ thị khác cùng số hiệu
issued: "20/03/2008"
issuer: ban-bi-thu
term: X
scope: central
summary: Chỉ thị cùng số hiệu 05-CT/TW, ban hành năm 2008.
sources:
  - outlet: unknown
    title: Bài thử
---
Nội dung.
`);
    const previous = tree(warmOut);
    const where = `content/documents/nghi-quyet/04-nq-tw-2016.md:${line}`;
    const warm = build(warmOut);
    expect(warm.status, warm.output.slice(-2000)).not.toBe(0);
    expect(warm.output).toContain(where);
    expect(warm.output).toMatch(/05-ct-tw-2016.*05-ct-tw-2008|05-ct-tw-2008.*05-ct-tw-2016/);
    // The previous site stays in place, byte for byte.
    expect(compareTrees(tree(warmOut), previous).differences).toEqual([]);

    // Cold: the caches moved aside and put back afterwards, so the build of (e) is still warm.
    const aside = caches.map((dir, i) => [dir, join(work, `cache-aside-${i}`)] as const).filter(([dir]) => existsSync(dir));
    for (const [dir, to] of aside) renameSync(dir, to);
    rmSync(coldOut, { recursive: true, force: true });
    let cold: BuildResult;
    try {
      cold = build(coldOut);
    } finally {
      for (const [dir, to] of aside) {
        rmSync(dir, { recursive: true, force: true });
        renameSync(to, dir);
      }
    }
    expect(cold.status, cold.output.slice(-2000)).not.toBe(0);
    expect(cold.output).toContain(where);
    expect(existsSync(coldOut)).toBe(false);
    rmSync(join(docs, 'chi-thi/05-ct-tw-2008.md'));
  }, 45_000);

  it('(e) after the content is reverted to the original, and equal to the first build', () => {
    restoreOriginal();
    const { warm, cold, inputs } = warmAndCold('(e)');
    expect(cold.has('van-ban/43-kh-tu-2022/index.html')).toBe(true);
    expect(cold.has('van-ban/29-nq-tw-2022/index.html')).toBe(false);
    expectEqualTrees('(e)', warm, cold);
    if (baseline !== undefined && baseline.inputs === inputs) {
      expectEqualTrees('(e) so với bản đầu tiên', baseline.files, cold);
    } else {
      notes.push('(e): mã nguồn đã đổi từ bản dựng đầu tiên; bỏ qua so sánh với bản đầu');
    }
  }, 45_000);
});
