/**
 * Plenum references in prose, as a specification: the forms Party texts and the press use for a
 * Central Committee plenum's resolution ("NQ TW4 khóa XII", "Nghị quyết Hội nghị lần thứ sáu Ban
 * Chấp hành Trung ương khóa XII", "Nghị quyết Trung ương 4 (khóa XII)"), resolved through each
 * entry's own `plenum` and `term`, no alias needed. A plenum that issued one document links to it;
 * one that issued several stays ambiguous (the text must give the code); one we lack is unknown.
 * The meeting ("Hội nghị Trung ương 6") and the issuer ("Ban Chấp hành Trung ương") are no reference.
 */
import { describe, expect, it } from 'vitest';
import { buildReferenceIndex, resolveText, type IndexDoc } from '../../src/lib/references/resolve';

const doc = (id: string, code: string, issued: string, term: string, plenum?: number, aliases: string[] = []): IndexDoc => ({
  id, code, kind: 'nghi-quyet', issued, term, plenum, issuerName: 'Ban Chấp hành Trung ương', aliases, scope: 'central',
});

// Shaped like content/documents: plenum 6 of term XIII issued three resolutions, plenum 4 of term XII one.
const index = buildReferenceIndex([
  doc('04-nq-tw-2016', '04-NQ/TW', '2016-10-30', 'XII', 4),
  doc('12-nq-tw-2012', '12-NQ/TW', '2012-01-16', 'XI', undefined, ['Nghị quyết Trung ương 4 khóa XI']),
  doc('27-nq-tw-2022', '27-NQ/TW', '2022-11-09', 'XIII', 6),
  doc('28-nq-tw-2022', '28-NQ/TW', '2022-11-17', 'XIII', 6),
  doc('29-nq-tw-2022', '29-NQ/TW', '2022-11-17', 'XIII', 6),
  doc('57-nq-tw-2024', '57-NQ/TW', '2024-12-22', 'XIII'),
]);

/** Each span found in `text`, with the entry it links to or its status. */
function outcomes(text: string): [string, string][] {
  return resolveText(text, index).map((r) => [r.text, r.resolution.status === 'linked' ? r.resolution.id : r.resolution.status]);
}

describe('a plenum named in prose', () => {
  it.each<[string, [string, string][]]>([
    // One resolution of the plenum: a link, in every spelling.
    ['thực hiện NQ TW4 khóa XII về xây dựng Đảng', [['NQ TW4 khóa XII', '04-nq-tw-2016']]],
    ['theo NQTW 4 khoá XII', [['NQTW 4 khoá XII', '04-nq-tw-2016']]],
    ['Nghị quyết Hội nghị Trung ương 4 khóa XII', [['Nghị quyết Hội nghị Trung ương 4 khóa XII', '04-nq-tw-2016']]],
    ['Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XII', [['Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương khóa XII', '04-nq-tw-2016']]],
    ['Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII', [['Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII', '04-nq-tw-2016']]],
    ['Nghị quyết Hội nghị Ban Chấp hành Trung ương lần thứ 4 khóa XII', [['Nghị quyết Hội nghị Ban Chấp hành Trung ương lần thứ 4 khóa XII', '04-nq-tw-2016']]],
    ['Nghị quyết Trung ương 4 (khóa XII)', [['Nghị quyết Trung ương 4 (khóa XII', '04-nq-tw-2016']]],
    // An alias still names its plenum, beside the fields of the others.
    ['Nghị quyết Trung ương 4 (khóa XI, XII)', [['Nghị quyết Trung ương 4 (khóa XI', '12-nq-tw-2012'], ['XII', '04-nq-tw-2016']]],
    // Several resolutions of one plenum: ambiguous, as a shared code is.
    ['Nghị quyết Trung ương 6 khóa XIII', [['Nghị quyết Trung ương 6 khóa XIII', 'ambiguous']]],
    ['NQ TW6 khóa XIII', [['NQ TW6 khóa XIII', 'ambiguous']]],
    // A plenum the base lacks.
    ['Nghị quyết Hội nghị Trung ương 2 khóa VIII', [['Nghị quyết Hội nghị Trung ương 2 khóa VIII', 'unknown']]],
    // The meeting, the issuer, a code: no plenum reference.
    ['Hội nghị Trung ương 6 khóa XIII đã thảo luận', []],
    ['Nghị quyết của Ban Chấp hành Trung ương khóa XII', []],
    ['Nghị quyết số 29-NQ/TW', [['Nghị quyết số 29-NQ/TW', '29-nq-tw-2022']]],
  ])('%s', (text, expected) => {
    expect(outcomes(text)).toEqual(expected);
  });
});

describe('the index knows plenums from the entries’ own fields', () => {
  it.each([
    ['tw6-XIII', ['27-nq-tw-2022', '28-nq-tw-2022', '29-nq-tw-2022']],
    ['tw4-XII', ['04-nq-tw-2016']],
    ['tw4-XI', ['12-nq-tw-2012']],
  ])('%s → %o', (key, ids) => {
    expect(index.byPlenum.get(key)).toEqual(ids);
  });
});
