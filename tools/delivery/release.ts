/** Naming of the release zip IT staff receive. */

/**
 * The zip's file name: version, plus the base path when it is not "/" so that builds for
 * different paths cannot be mixed up ("0.1.0", "/sotay/" → "so-tay-nghi-quyet-0.1.0-sotay.zip").
 */
export function releaseName(version: string, base: string): string {
  const path = base
    .split('/')
    .filter((part) => part !== '')
    .map((part) => part.toLowerCase().replace(/[^a-z0-9._-]+/g, '-'))
    .join('-');
  return `so-tay-nghi-quyet-${version}${path === '' ? '' : `-${path}`}.zip`;
}
