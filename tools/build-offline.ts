/**
 * `npm run build:offline`: the copy of the site that works without a web server (opened from
 * file://, a shared folder, a USB stick), written to dist-offline/ (OUT_DIR to change it).
 * Same build, same checks, same safe swap as `npm run build`, at base "/" plus the conversion.
 */
process.env.OFFLINE = '1';
process.env.BASE_PATH = '/';
process.env.OUT_DIR ??= 'dist-offline';
await import('./build.ts');

export {};
