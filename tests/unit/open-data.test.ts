/**
 * Open data, as a specification: the JSON export of the fixture base validates against the JSON
 * Schema written from the content schemas (Ajv, draft 2020-12), and the schema is strict enough
 * to refuse what the content check would refuse (a wrong kind, a date in the editors' form, an
 * unknown field, a missing title). Each document's record carries identity, relations both ways,
 * targets, the derived status and the sources.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { loadSite } from '../../src/loader/site';
import { documentRecord, openData, openDataJsonSchema } from '../../src/loader/open-data';

const site = loadSite(resolve(import.meta.dirname, '../fixtures/site'));
const schema = openDataJsonSchema();
const exported = (): Record<string, any> => JSON.parse(JSON.stringify(openData(site)));
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);

describe('the export validates against its schema', () => {
  it('the whole fixture base', () => {
    const ok = validate(exported());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it.each([
    ['a kind the vocabulary lacks', (d: any) => { d.documents[0].kind = 'thong-tu'; }, '/documents/0/kind'],
    ['a date as editors write it', (d: any) => { d.documents[0].issued = '05/08/2020'; }, '/documents/0/issued'],
    ['an unknown field', (d: any) => { d.documents[0].tieuDe = 'x'; }, '/documents/0'],
    ['no title', (d: any) => { delete d.documents[0].title; }, '/documents/0'],
    ['a relation of no known type', (d: any) => { d.documents[0].relations = [{ type: 'extends', target: 'x' }]; }, '/documents/0/relations/0/type'],
    ['an organ of no level', (d: any) => { d.organs[0].level = 'world'; }, '/organs/0/level'],
  ])('refuses %s', (_name, spoil, path) => {
    const data = exported();
    spoil(data);
    expect(validate(data)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toContain(path);
  });
});

describe('what a document record holds', () => {
  it.each([
    ['58-nq-tw-2020', '58-NQ/TW', 'nghi-quyet', '2020-08-05', '/van-ban/58-nq-tw-2020/'],
    ['18-nq-tw-2017', '18-NQ/TW', 'nghi-quyet', '2017-10-25', '/van-ban/18-nq-tw-2017/'],
  ])('%s', (id, code, kind, issued, page) => {
    const r = documentRecord(site, site.docById.get(id)!);
    expect([r.id, r.code, r.kind, r.issued, r.page, r.sources.length > 0, typeof r.statusDerived.value, Array.isArray(r.incoming)]).toEqual([id, code, kind, issued, page, true, 'string', true]);
  });

  it('relations are given both ways: what 58-NQ/TW implements from others arrives as incoming', () => {
    const incoming = documentRecord(site, site.docById.get('58-nq-tw-2020')!).incoming;
    const outgoing = site.documents.flatMap((d) => d.data.relations.filter((r) => r.target === '58-nq-tw-2020').map((r) => ({ type: r.type, from: d.id })));
    expect(outgoing.length).toBeGreaterThan(0);
    expect(incoming).toEqual(expect.arrayContaining(outgoing));
  });

  it('the schema describes dates as ISO strings and keeps the editors\' field descriptions', () => {
    const doc = (schema as any).properties.documents.items.properties;
    expect(doc.issued.anyOf ?? [doc.issued]).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'string', pattern: '^(?:\\d{4}-\\d{2}-\\d{2}|unknown)$' })]));
    expect(doc.title.description).toBe('Trích yếu: văn bản về việc gì.');
  });
});

describe('the schema describes the exactness and provenance fields', () => {
  const doc = (schema as any).properties.documents.items.properties;
  const target = doc.targets.items.properties;
  const source = doc.sources.items.properties;
  it.each([
    ['a target\'s upper end (to)', target.to],
    ['a target\'s ranked group (group)', target.group],
    ['a target as printed (text)', target.text],
    ['a target\'s qualifier (comparison)', target.comparison],
    ['a target\'s aim', target.aim],
    ['a source\'s outlet type (outletType)', source.outletType],
    ['the day a source was read (accessed)', source.accessed],
    ['a document\'s full text (fullText)', doc.fullText],
  ])('%s', (_name, field) => {
    expect(field).toBeDefined();
    expect(typeof field.description).toBe('string');
    expect(field.description.length).toBeGreaterThan(20);
  });

  it('each exported target carries its printed wording, as the page prints it', () => {
    const targets = exported().documents.flatMap((d: any) => d.targets);
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.every((t: any) => typeof t.text === 'string' && t.text !== '')).toBe(true);
    expect(targets.map((t: any) => t.text)).toContain('đạt 10–12 %/năm');
  });

  it('outlet types are the three kinds', () => {
    expect(source.outletType.enum).toEqual(['party', 'state', 'commercial']);
  });
});
