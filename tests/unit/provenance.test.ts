/** Provenance (src/lib/views/provenance.ts): what a fact rests on, what gets marked, and the share on Party or State outlets. */
import { describe, expect, it } from 'vitest';
import { provenanceCount, provenanceOf, restsOnCommercial, type ProvenanceSource } from '../../src/lib/views/provenance';

const party: ProvenanceSource = { url: 'https://dangcongsan.vn/a', outletType: 'party' };
const state: ProvenanceSource = { url: 'https://chinhphu.vn/b', outletType: 'state' };
const shop: ProvenanceSource = { url: 'https://cafef.vn/c', outletType: 'commercial' };
const untyped: ProvenanceSource = { url: 'https://example.org/d' };

describe('what a fact rests on', () => {
  it.each<[string, string | undefined, ProvenanceSource[], ReturnType<typeof provenanceOf>, boolean]>([
    ['its own source, a commercial site: marked', shop.url, [party, shop], 'commercial', true],
    ['its own source, a Party paper', party.url, [party, shop], 'party', false],
    ['its own source, a State portal', state.url, [state, shop], 'state', false],
    ['its own source has no outlet type yet: not marked', untyped.url, [untyped, shop], 'unrecorded', false],
    ['no source named: the best of the document\'s sources', undefined, [shop, state], 'state', false],
    ['no source named, only commercial ones: marked', undefined, [shop], 'commercial', true],
    ['no source named, Party before State', undefined, [state, party, shop], 'party', false],
    ['a source address the document does not list', 'https://khac.vn/x', [party], 'unrecorded', false],
  ])('%s', (_name, source, sources, rests, marked) => {
    expect(provenanceOf(source, sources)).toBe(rests);
    expect(restsOnCommercial(source, sources)).toBe(marked);
  });
});

describe('the share of facts on Party or State outlets', () => {
  it.each<[string, { source?: string; sources: ProvenanceSource[] }[], { total: number; party: number; state: number; commercial: number; unrecorded: number; partyOrStateShare: number | undefined }]>([
    ['nothing to count', [], { total: 0, party: 0, state: 0, commercial: 0, unrecorded: 0, partyOrStateShare: undefined }],
    ['two of three', [{ source: party.url, sources: [party] }, { source: state.url, sources: [state] }, { source: shop.url, sources: [shop, party] }], { total: 3, party: 1, state: 1, commercial: 1, unrecorded: 0, partyOrStateShare: 66.7 }],
    ['untyped sources count against the share', [{ source: untyped.url, sources: [untyped] }, { sources: [party] }], { total: 2, party: 1, state: 0, commercial: 0, unrecorded: 1, partyOrStateShare: 50 }],
  ])('%s', (_name, facts, expected) => {
    expect(provenanceCount(facts)).toEqual(expected);
  });
});
