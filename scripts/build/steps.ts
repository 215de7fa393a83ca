/** What runs after `astro build` and before the new site replaces the old one, in order. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Where a step works. */
export interface StepContext {
  root: string;
  siteDir: string;
  base: string;
}

/** One post-build step; it throws to stop the build. */
export interface BuildStep {
  name: string;
  run: (ctx: StepContext) => void | Promise<void>;
}

/** The steps, in order. */
export const postBuildSteps: BuildStep[] = [
  {
    name: 'chỉ mục tìm kiếm (Pagefind)',
    run: ({ root, siteDir }) => {
      execFileSync(join(root, 'node_modules', '.bin', 'pagefind'), ['--site', siteDir, '--silent'], { cwd: root, stdio: 'inherit' });
    },
  },
];
