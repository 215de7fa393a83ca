/** The targets overview's filters in the address: read from a query string and written back, one address per view. */
import { describe, expect, it } from 'vitest';
import { parseTargetFilters, targetFiltersQuery } from '../../src/lib/views/targets-overview';

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
