/** Spelling help: the base's vocabulary and the correction of one-slip syllables in a query. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildVocabulary, correctQuery, knownSyllables, mayHaveSlip, spellingIndex, type Correction } from '../../src/lib/search';
import { fold } from '../../src/lib/text';

// Titles and phrases in the house style; each string is one document.
const TEXTS = [
  'Về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia',
  'Kết luận về tổng kết Nghị quyết',
  'Về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả',
  'Chương trình hành động thực hiện nghị quyết',
  'Tăng cường công tác phòng, chống tham nhũng, lãng phí, tiêu cực; nâng cao chất lượng',
  'Kết luận của Bộ Chính trị về phòng, chống tham nhũng',
  'Nghị quyết số 58-NQ/TW về phát triển kinh tế tư nhân, nhưng chưa đạt',
  'Đổi mới tư duy nhưng giữ vững nguyên tắc; chính sách tiền lương',
  'Nhưng kết quả chưa như mong muốn: nhiều ý kiến, suy nghĩ khác nhau',
  'Thông báo kết luận về luân chuyển cán bộ và lý luận chính trị',
  'Tỉnh ủy Thanh Hóa, Thành ủy Hà Nội quán triệt nghị quyết về kinh tế',
  'Hội nghị lần thứ mười một Ban Chấp hành Trung ương Đảng',
];
const vocab = buildVocabulary(TEXTS);

describe('buildVocabulary: syllables by the number of documents they are in', () => {
  const words = (texts: string[]) => buildVocabulary(texts).words;
  it.each([
    ['most documents first, not most occurrences', ['số số số số', 'quyết', 'quyết'], ['quyết', 'số']],
    ['ties in code-point order', ['kết luận'], ['kết', 'luận']],
    ['lowercase, NFC, one spelling per tone place', ['Hoà', 'hòa', 'HOÀ'.normalize('NFD')], ['hòa']],
    ['distinct spellings of one folded form stay apart', ['luận', 'luận', 'luân'], ['luận', 'luân']],
    ['no digits, no one-letter words, no codes with digits', ['58 a nq58 năm 2025 y'], ['năm']],
    ['code letters are words like any other', ['58-NQ/TW', '59-NQ/TW'], ['nq', 'tw']],
    ['a syllable in one document is kept (a real rare word)', ['Mường Nhé'], ['mường', 'nhé']],
    ['a non-syllable in one document is dropped (typo, debris)', ['nghj covid', 'covid'], ['covid']],
    ['letters of other scripts are not words', ['Đảng Ленин 共产党'], ['đảng']],
  ])('%s', (_why, texts, expected) => {
    expect(words(texts)).toEqual(expected);
  });

  it.each([
    ['pairs in two documents or more, most first', ['kinh tế số', 'kinh tế', 'tế số'], {}, ['kinh tế', 'tế số']],
    ['a pair in one document is dropped', ['kinh tế', 'tham nhũng'], {}, []],
    ['no pair across punctuation', ['kinh, tế', 'kinh; tế'], {}, []],
    ['no pair across a number', ['năm 2025 nay', 'năm 2025 nay'], {}, []],
    ['at most maxPairs', ['kinh tế số', 'kinh tế số', 'kinh tế'], { maxPairs: 1 }, ['kinh tế']],
  ])('%s', (_why, texts, opts, expected) => {
    expect(buildVocabulary(texts, opts).pairs).toEqual(expected);
  });
});

describe('correctQuery: one slip in a syllable, corrected to the base’s spelling', () => {
  const one = (query: string, from: string, to: string): Correction => ({ query, changes: [{ from, to }] });
  it.each<[string, Correction | undefined]>([
    ['nghj quyết', one('nghị quyết', 'nghj', 'nghị')], // substitution, typed without marks
    ['kết luâng', one('kết luận', 'luâng', 'luận')], // marks typed: "luân", not "lương"
    ['kết luậng', one('kết luận', 'luậng', 'luận')],
    ['tinh gon bo mayy', one('tinh gon bo máy', 'mayy', 'máy')], // insertion; the rest stays as typed
    ['nghị qyuết', one('nghị quyết', 'qyuết', 'quyết')], // adjacent transposition
    ['chuyen dổi s', undefined], // one-letter words are never corrected
    ['kết lun', one('kết luận', 'lun', 'luận')], // deletion
    ['tham nhunh', one('tham nhũng', 'nhunh', 'nhũng')], // the pair beats the commoner "nhưng"
    ['nhunh', one('nhưng', 'nhunh', 'nhưng')], // alone, the commoner wins
    ['kinh tee', one('kinh tế', 'tee', 'tế')],
    ['nghĩj', one('nghĩ', 'nghĩj', 'nghĩ')], // the tone typed chooses among "nghị", "nghĩ"
    ['nghịj', one('nghị', 'nghịj', 'nghị')],
    ['Nghj Quyết', one('Nghị Quyết', 'Nghj', 'Nghị')], // the typed case is kept
    ['NGHJ QUYẾT', one('NGHỊ QUYẾT', 'NGHJ', 'NGHỊ')],
    ['“nghj quyết”, 58-NQ/TW', one('“nghị quyết”, 58-NQ/TW', 'nghj', 'nghị')], // punctuation and codes kept
    ['  nghj   quyetj  ', { query: '  nghị   quyết  ', changes: [{ from: 'nghj', to: 'nghị' }, { from: 'quyetj', to: 'quyết' }] }],
    ['Hà Nộii', one('Hà Nội', 'Nộii', 'Nội')],
    ['ket luan', undefined], // known once folded: missing marks are not slips
    ['chuyen doi sô', undefined],
    ['kết luân', undefined], // a known folded form is never corrected, whatever its marks
    ['58-NQ/TW', undefined],
    ['nghi quyet 58', undefined],
    ['nq58 ctr', undefined], // codes and abbreviations
    ['bch trung uong', undefined], // a vowel-less word without a foreign letter is an abbreviation
    ['xyzzy', undefined], // nothing one edit away
    ['', undefined],
  ])('%j → %j', (query, expected) => {
    expect(correctQuery(query, vocab)).toEqual(expected);
  });

  it('works on the vocabulary as read back from JSON, and builds its lookup once', () => {
    const shipped = JSON.parse(JSON.stringify(vocab));
    expect(correctQuery('nghj quyết', shipped)?.query).toBe('nghị quyết');
    expect(spellingIndex(shipped)).toBe(spellingIndex(shipped));
  });
});

describe('correctQuery: properties', () => {
  const word = fc.constantFrom(...vocab.words);
  const spelled = fc.tuple(word, fc.constantFrom<(w: string) => string>((w) => w, fold, (w) => w.toUpperCase()));

  it('a query of known words (accented, folded or capitals) is left alone', () => {
    fc.assert(
      fc.property(fc.array(spelled, { minLength: 1, maxLength: 6 }), (ws) => {
        expect(correctQuery(ws.map(([w, spell]) => spell(w)).join(' '), vocab)).toBeUndefined();
      }),
    );
  });

  it('a correction replaces only typed words, each by a word of the vocabulary', () => {
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom('x', 'a', 'h', ''), (w, at, letter) => {
        const chars = [...fold(w)];
        const i = at % chars.length;
        chars.splice(i, letter === '' ? 1 : 0, letter);
        const typed = chars.join('');
        const c = correctQuery(`kết ${typed}`, vocab);
        if (c === undefined) return;
        expect(c.changes).toHaveLength(1);
        expect(c.changes[0]!.from).toBe(typed);
        expect(vocab.words).toContain(c.changes[0]!.to);
        expect(c.query).toBe(`kết ${c.changes[0]!.to}`);
      }),
    );
  });
});

describe('mayHaveSlip: whether the vocabulary is needed, from the known syllables alone', () => {
  const known = new Set(knownSyllables(vocab));
  it('the known syllables are the folded words, once each, most frequent first', () => {
    const folded = knownSyllables(vocab);
    expect(folded).toEqual([...new Set(vocab.words.map(fold))]);
    expect(folded.length).toBeLessThanOrEqual(vocab.words.length);
    expect(folded).toContain('luan');
  });

  it.each<[string, boolean]>([
    ['chuyển đổi số', false], // every word known
    ['chuyen doi so', false], // known folded
    ['CHUYỂN ĐỔI SỐ', false],
    ['nghj quyết', true], // a slip
    ['kết luâng 21', true],
    ['kết luận 21', false], // numbers and codes are left alone
    ['58-NQ/TW nq58 ctr', false],
    ['a b c', false], // one-letter words are never corrected
    ['', false],
    ['trdk', false], // no vowel and no letter Vietnamese lacks: an abbreviation, left alone
    ['qwxzvk', true], // not a known word: the vocabulary decides
    ['xyzabc', true],
  ])('"%s" → %s', (query, expected) => {
    expect(mayHaveSlip(query, known)).toBe(expected);
  });

  it('never says no where correctQuery would correct', () => {
    const word = fc.constantFrom(...vocab.words);
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string({ minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 4 }), (ws) => {
        const query = ws.join(' ');
        if (correctQuery(query, vocab) !== undefined) expect(mayHaveSlip(query, known)).toBe(true);
      }),
    );
  });
});
