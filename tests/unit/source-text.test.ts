/** The saved text of a source read while researching: its header gives the address and the day read. */
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../tools/content/source-text';

describe('parseSourceText', () => {
  it.each([
    ['URL: https://nhandan.vn/a\nREAD: 05/12/2026\n\nMột đoạn văn.', { ok: true, url: 'https://nhandan.vn/a', read: '05/12/2026', text: 'Một đoạn văn.' }],
    ['\uFEFFURL: https://nhandan.vn/a\r\n\r\nHai\r\ndòng', { ok: true, url: 'https://nhandan.vn/a', read: 'unknown', text: 'Hai\ndòng' }],
    ['READ: 05/12/2026\n\nchữ', { ok: false, reason: 'thiếu dòng "URL: https://…" ở đầu tệp' }],
    ['URL: nhandan.vn/a\n\nchữ', { ok: false, reason: 'thiếu dòng "URL: https://…" ở đầu tệp' }],
    ['Một đoạn văn không có đầu tệp', { ok: false, reason: 'dòng 1 không phải "TÊN: giá trị" (đầu tệp cần URL: và READ:, rồi một dòng trống)' }],
  ])('%j', (file, expected) => {
    expect(parseSourceText(file)).toEqual(expected);
  });
});
