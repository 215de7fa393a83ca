/** The targets overview's filters in the address: read from a query string and written back, one address per view. */
import { describe, expect, it } from 'vitest';
import { parseTargetFilters, parseTargetPage, targetFiltersQuery } from '../../src/lib/views/targets-overview';

describe('the filters of /chi-tieu/ in the address', () => {
  it.each([
    ['', {}, ''],
    ['?tinh=Thanh+H%C3%B3a', { tinh: 'Thanh Hóa' }, '?tinh=Thanh+H%C3%B3a'],
    ['?nam=2030&tinh=Thanh+H%C3%B3a', { tinh: 'Thanh Hóa', nam: '2030' }, '?tinh=Thanh+H%C3%B3a&nam=2030'],
    ['?chu-de=chuyen-doi-so&nam=', { 'chu-de': 'chuyen-doi-so' }, '?chu-de=chuyen-doi-so'],
    ['?q=x&tinh=%20&trang=2', {}, ''],
  ])('%s reads as %o and is written %s', (search, filters, query) => {
    expect(parseTargetFilters(search)).toEqual(filters);
    expect(targetFiltersQuery(parseTargetFilters(search))).toBe(query);
  });
});

describe('the page of filtered targets in the address', () => {
  it.each([
    ['?nam=2030&trang=3', 3, '?nam=2030&trang=3'],
    ['?nam=2030&trang=1', 1, '?nam=2030'],
    ['?nam=2030&trang=0', 1, '?nam=2030'],
    ['?nam=2030&trang=hai', 1, '?nam=2030'],
    ['?trang=2', 2, ''],
  ])('%s is page %i and is written %s', (search, page, query) => {
    expect(parseTargetPage(search)).toBe(page);
    expect(targetFiltersQuery(parseTargetFilters(search), parseTargetPage(search))).toBe(query);
  });
});
