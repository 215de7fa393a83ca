/**
 * Once per test run: make sure Chromium is installed, then build the fixture site
 * (tests/fixtures/site: a frozen copy of the knowledge base, so the behaviour tests do not move
 * when editors add content) twice through the real build command, at the root and under a
 * sub-path, for the build and browser tests. The real content is checked by tests/content.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './browser';

/** The content every end-to-end build reads. */
export const FIXTURE_SITE = resolve(import.meta.dirname, '../fixtures/site');

/** The sites the tests get, by name. */
export const SITES = {
  root: { base: '/', dir: '.build-tmp/e2e/root' },
  sub: { base: '/sotay/', dir: '.build-tmp/e2e/sotay' },
} as const;

export default function setup(project: TestProject): void {
  ensureChromium();
  const root = resolve(import.meta.dirname, '../..');
  for (const site of Object.values(SITES)) {
    if (process.env.E2E_REUSE === '1') continue;
    execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'tools/build.ts'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, BASE_PATH: site.base, OUT_DIR: site.dir, CONTENT_ROOT: FIXTURE_SITE },
    });
  }
  project.provide('sites', {
    root: { base: SITES.root.base, dir: resolve(root, SITES.root.dir) },
    sub: { base: SITES.sub.base, dir: resolve(root, SITES.sub.dir) },
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: Record<keyof typeof SITES, { base: string; dir: string }>;
  }
}
