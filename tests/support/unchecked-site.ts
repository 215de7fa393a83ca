/**
 * Preloaded into a build (`tsx --import`) by the trust test (tests/e2e/trust.test.ts): the content
 * under CONTENT_ROOT is read and its graph built the way the loader does, but the content check's
 * verdict is ignored, so bodies the check refuses reach the renderer, as a body that never met the
 * check would (a generated file, a fixture built without it). It seeds the loader's per-process
 * memo (src/loader/site.ts, kept on globalThis under this symbol), so every loadSite() of that
 * build takes this site instead of checking again.
 */
import { resolve } from 'node:path';
import { checkContent } from '../../src/loader/check';
import { readContent } from '../../src/loader/read';
import { siteFromCheck, type Site } from '../../src/loader/site';

const root = resolve(process.env['CONTENT_ROOT'] ?? process.cwd());
const check = checkContent(readContent(root));
const key = Symbol.for('so-tay-nghi-quyet.site');
const memo = ((globalThis as Record<symbol, Map<string, Site> | undefined>)[key] ??= new Map());
memo.set(root, siteFromCheck(check));
console.log(`[unchecked] ${check.errors.length} lỗi của kiểm tra nội dung bị bỏ qua: ${[...new Set(check.errors.map((e) => e.kind))].join(', ')}`);
