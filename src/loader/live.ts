/**
 * The content as the dev server last read it. A saved file under content/ is read and checked
 * again once (however many watchers saw it, and however many events one save makes), then every
 * listener hears the outcome: the collections' loaders put the new entries in Astro's store, the
 * integration shows the check's problems instead of pages while there are any.
 *
 * Why on globalThis: the loaders run from the content config and the integration from the Astro
 * config, two bundles of this module in one process; both must see one state.
 */
import { resolve, sep } from 'node:path';
import type { ContentError } from './errors';
import { ContentCheckError, forgetSite, loadSite, type Site } from './site';

/** What a reading of the content gave: the site, or the check's problems. */
export type Reading = { site: Site; problems?: undefined } | { site?: undefined; problems: readonly ContentError[] };

/** A listener: a loader refilling its collection, the integration updating the browser. */
export type ReadingListener = (reading: Reading) => void | Promise<void>;

/** How long a save's events are gathered before the content is read again. */
export const SETTLE_MS = 50;

interface LiveState {
  /** The content root last read. */
  root: string | undefined;
  /** The last reading; undefined before the first. */
  last: Reading | undefined;
  listeners: Map<string, ReadingListener>;
  /** A file changed since the last reading began. */
  dirty: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** The reading under way (and its listeners), if one is. */
  running: Promise<Reading> | undefined;
}

const KEY = Symbol.for('so-tay-nghi-quyet.live');

function state(): LiveState {
  return ((globalThis as Record<symbol, LiveState | undefined>)[KEY] ??= { root: undefined, last: undefined, listeners: new Map(), dirty: false, timer: undefined, running: undefined });
}

/** Read the content under `root` now (the memo forgotten first); the check's problems are a reading too. */
export function readNow(root: string): Reading {
  forgetSite();
  return read(root);
}

/** Read `root` through the loader's memo and keep it as the last reading: a site, or the check's problems. */
function read(root: string): Reading {
  const s = state();
  s.root = resolve(root);
  try {
    s.last = { site: loadSite(s.root) };
  } catch (error) {
    if (!(error instanceof ContentCheckError)) throw error;
    s.last = { problems: error.errors };
  }
  return s.last;
}

/** The last reading; the first is the loader's memo (what the integration read at start), or its problems. */
export function lastReading(root: string): Reading {
  return state().last ?? read(root);
}

/**
 * Listen to every reading from now on, under a name (a collection, the integration): a name heard
 * again replaces its listener, since Astro runs a loader again when it syncs the content anew.
 */
export function onReading(name: string, listener: ReadingListener): void {
  state().listeners.set(name, listener);
}

/** True for a path inside `<root>/content/`. */
export function isContentPath(root: string, path: string): boolean {
  return resolve(path).startsWith(resolve(root, 'content') + sep);
}

/** Read again if a file changed, then let every listener act on the reading (in turn: each fills its own store). */
async function run(root: string): Promise<Reading> {
  const s = state();
  // One reading at a time; a change saved during one is read right after it.
  if (s.running !== undefined) return s.running.then(() => run(root));
  if (!s.dirty) return lastReading(root);
  s.dirty = false;
  s.running = (async () => {
    const reading = readNow(root);
    for (const listener of s.listeners.values()) await listener(reading);
    return reading;
  })().finally(() => (s.running = undefined));
  return s.running;
}

/** A file changed under `root`'s content folder: read again once the save's events have settled. */
export function contentChanged(root: string, path: string): void {
  if (!isContentPath(root, path)) return;
  const s = state();
  s.dirty = true;
  clearTimeout(s.timer);
  s.timer = setTimeout(() => run(root).catch((error: unknown) => console.error(error)), SETTLE_MS);
}

/** The reading after every change seen so far (read now, without waiting for the events to settle). */
export async function settled(root: string): Promise<Reading> {
  const s = state();
  let reading: Reading;
  do {
    clearTimeout(s.timer);
    reading = await run(root);
    // A save heard meanwhile may already be under way: wait for it too.
  } while (s.dirty || s.running !== undefined);
  return reading;
}
