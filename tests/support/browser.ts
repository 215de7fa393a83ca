/**
 * Real Chromium for end-to-end tests: Debian's /usr/bin/chromium driven by playwright-core.
 * When it is missing, it is installed with apt-get if we are root, or the run stops and says
 * what to install. Never downloads a browser of its own.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Where Debian puts Chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags that keep Chromium from reaching out to the network on its own. */
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
];

/** Make sure Chromium is there, installing Debian's package when we can. */
export function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(`Chromium không có ở ${CHROMIUM}. Hãy cài gói Debian: sudo apt-get update && sudo apt-get install -y chromium (hoặc đặt CHROMIUM_PATH).`);
  }
  console.log('Đang cài chromium bằng apt-get (một lần)…');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get đã chạy nhưng không thấy ${CHROMIUM}.`);
}

/** Launch headless Chromium. */
export async function launch(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
