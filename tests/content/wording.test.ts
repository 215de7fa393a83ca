/**
 * No English "unknown" reaches a reader (issue 18): the literal `unknown` is how an editor says a
 * source does not give a field, and the pages turn it into Vietnamese; in prose (a note, a summary,
 * a body) it would be printed as it stands. Outlets are shown through showOutlet, which reads a
 * leading `unknown` the same way.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/loader/site';

const site = loadSite(resolve(import.meta.dirname, '../..'));

/** Every string under `value` with its path, the exact literal `unknown` and outlets left out. */
function prose(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value !== 'unknown' && /\bunknown\b/i.test(value) ? [`${path}: ${value.slice(0, 100)}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => prose(v, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => (k === 'outlet' ? [] : prose(v, `${path}.${k}`)));
  return [];
}

describe('no prose says "unknown"', () => {
  it('documents: fields and bodies', () => {
    expect(site.documents.flatMap((d) => [...prose(d.data, d.id), ...prose(d.body, `${d.id}.body`)])).toEqual([]);
  });
  it('organs, topics, provinces, reports', () => {
    expect([...prose(site.organData, 'organs'), ...prose(site.topics.map((t) => t.data), 'topics'), ...prose(site.provinces.map((p) => p.data), 'provinces'), ...prose(site.reports.map((r) => r.data), 'reports')]).toEqual([]);
  });
});
