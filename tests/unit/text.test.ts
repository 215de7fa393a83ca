import { describe, expect, it, test } from 'vitest';
import fc from 'fast-check';
import {
  compareVi,
  fold,
  formatTerm,
  formatViDate,
  formatViDateLong,
  fromRoman,
  nfc,
  normalizeTone,
  parseTerm,
  parseViDate,
  slugify,
  sortVi,
  toRoman,
  tonesStripped,
  yearOf,
} from '../../src/lib/text/index.ts';

const nfd = (s: string) => s.normalize('NFD');

describe('nfc', () => {
  it('composes NFD input', () => {
    expect(nfc(nfd('Nghị quyết'))).toBe('Nghị quyết');
    expect(nfc(nfd('Đảng')).length).toBe(4);
  });
});

describe('normalizeTone: old and new placement become the canonical "hòa", "ủy"', () => {
  test.each([
    ['hoà', 'hòa'],
    ['hòa', 'hòa'],
    ['uỷ', 'ủy'],
    ['Uỷ', 'Ủy'],
    ['UỶ BAN', 'ỦY BAN'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['khoá XIII', 'khóa XIII'],
    ['thuý', 'thúy'],
    ['hoạ', 'họa'],
    ['HOÀ', 'HÒA'],
    ['khoẻ', 'khỏe'],
    ['xoè', 'xòe'],
    ['luỹ kế', 'lũy kế'],
    ['tuỳ', 'tùy'],
    ['quý', 'quý'], // qu + y: the tone belongs on y
    ['Quý', 'Quý'],
    ['quỳ', 'quỳ'],
    ['hoàng', 'hoàng'], // final consonant: tone is on the second vowel in both styles
    ['thuyết', 'thuyết'],
    ['khoảng', 'khoảng'],
    ['huỳnh', 'huỳnh'],
    ['ngoài', 'ngoài'],
    ['Tỉnh uỷ Thanh Hoá, Bộ Chính trị', 'Tỉnh ủy Thanh Hóa, Bộ Chính trị'],
    [nfd('Uỷ ban Kiểm tra'), 'Ủy ban Kiểm tra'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeTone(input)).toBe(expected);
  });
});

describe('fold: search folding', () => {
  test.each([
    ['chuyển đổi số', 'chuyen doi so'],
    ['Đảng', 'dang'],
    ['đảng', 'dang'],
    ['ĐẢNG CỘNG SẢN', 'dang cong san'],
    [nfd('Nghị quyết'), 'nghi quyet'],
    ['Nghị quyết', 'nghi quyet'],
    ['  Tỉnh   ủy\tThanh\nHóa ', 'tinh uy thanh hoa'],
    ['Thanh Hoá', 'thanh hoa'],
    ['Ưu tiên ơn', 'uu tien on'],
    ['Ðảng', 'dang'], // Icelandic eth typed for Đ
    ['58-NQ/TW', '58-nq/tw'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('tonesStripped: tone marks dropped, vowel marks and đ kept', () => {
  test.each([
    ['luận', 'luân'],
    ['lượng', 'lương'],
    ['Đảng', 'Đang'],
    ['nghị quyết', 'nghi quyêt'],
    ['chuyển đổi số', 'chuyên đôi sô'],
    ['ăn ở', 'ăn ơ'],
    [nfd('Nghị quyết'), 'Nghi quyêt'],
    ['ket luan', 'ket luan'],
  ])('%s → %s', (input, expected) => {
    expect(tonesStripped(input)).toBe(expected);
  });
});

describe('slugify', () => {
  test.each([
    ['Tỉnh ủy Thanh Hóa', 'tinh-uy-thanh-hoa'],
    ['58-NQ/TW', '58-nq-tw'],
    ['137-QĐ/TW', '137-qd-tw'],
    ['55-CTr/TU', '55-ctr-tu'],
    ['09-KL/BCĐ', '09-kl-bcd'],
    ['  Đề án — chuyển đổi số!  ', 'de-an-chuyen-doi-so'],
    ['Nghị quyết số 18-NQ/TW (2017)', 'nghi-quyet-so-18-nq-tw-2017'],
    ['---', ''],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('Vietnamese collation', () => {
  it('node ICU orders Đ after D, Ă/Â after A, Ư after U', () => {
    expect(compareVi('Dz', 'Đa')).toBeLessThan(0);
    expect(compareVi('Az', 'Ăa')).toBeLessThan(0);
    expect(compareVi('Ăz', 'Âa')).toBeLessThan(0);
    expect(compareVi('Uz', 'Ưa')).toBeLessThan(0);
    expect(compareVi('Oz', 'Ôa')).toBeLessThan(0);
    expect(compareVi('Ôz', 'Ơa')).toBeLessThan(0);
  });
  test.each([
    [['Đảng', 'Dân', 'Ân', 'An', 'Bình', 'Ủy', 'Uy'], ['An', 'Ân', 'Bình', 'Dân', 'Đảng', 'Uy', 'Ủy']],
    [['Ư', 'U', 'Ă', 'A', 'Â', 'Đ', 'D', 'E', 'Ê'], ['A', 'Ă', 'Â', 'D', 'Đ', 'E', 'Ê', 'U', 'Ư']],
    [['Nghị quyết 10', 'Nghị quyết 9', 'Kết luận 2'], ['Kết luận 2', 'Nghị quyết 9', 'Nghị quyết 10']],
  ])('sortVi(%j)', (input, expected) => {
    expect(sortVi(input)).toEqual(expected);
  });
  it('treats old and new tone placement alike and accepts NFD', () => {
    expect(compareVi('Thanh Hoá', 'Thanh Hóa')).toBe(0);
    expect(compareVi(nfd('Đảng'), 'Đảng')).toBe(0);
  });
  it('sorts by key, stable, without mutating input', () => {
    const rows = [{ n: 'Ủy ban' }, { n: 'Ban' }, { n: 'Đảng ủy' }, { n: 'Ban' }];
    const sorted = sortVi(rows, (r) => r.n);
    expect(sorted.map((r) => r.n)).toEqual(['Ban', 'Ban', 'Đảng ủy', 'Ủy ban']);
    expect(sorted[0]).toBe(rows[1]);
    expect(rows[0]!.n).toBe('Ủy ban');
  });
});

describe('parseViDate: accepted spellings', () => {
  test.each([
    ['25/10/2017', '2017-10-25'],
    ['25-10-2017', '2017-10-25'],
    ['25.10.2017', '2017-10-25'],
    ['ngày 5-8-2020', '2020-08-05'],
    ['5/8/2020', '2020-08-05'],
    ['ngày 05 tháng 8 năm 2020', '2020-08-05'],
    ['Ngày 05 tháng 08 năm 2020', '2020-08-05'],
    ['ngay 5 thang 8 nam 2020', '2020-08-05'],
    [nfd('ngày 05 tháng 8 năm 2020'), '2020-08-05'],
    ['Hà Nội, ngày 25 tháng 10 năm 2017', '2017-10-25'],
    ['2020-08-05', '2020-08-05'],
    ['2020-8-5', '2020-08-05'],
    [' 25 / 10 / 2017 ', '2017-10-25'],
    ['25–10–2017', '2017-10-25'],
    ['29/02/2020', '2020-02-29'],
  ])('%j → %s', (input, iso) => {
    expect(parseViDate(input)).toEqual({ ok: true, iso });
  });
  it('accepts a Date (YAML) using UTC parts', () => {
    expect(parseViDate(new Date(Date.UTC(2017, 9, 25)))).toEqual({ ok: true, iso: '2017-10-25' });
  });
});

describe('parseViDate: refused with a reason', () => {
  test.each([
    ['31/02/2020', 'ngày 31/02/2020 không tồn tại'],
    ['29/02/2019', 'ngày 29/02/2019 không tồn tại'],
    ['31/04/2021', 'ngày 31/04/2021 không tồn tại'],
    ['2020-02-30', 'ngày 30/02/2020 không tồn tại'],
    ['0/5/2020', 'ngày 00/05/2020 không tồn tại'],
    ['12/13/2020', 'tháng 13 không tồn tại'],
    ['25/10/17', 'năm phải có 4 chữ số'],
    ['', 'không có ngày'],
    ['hôm qua', 'không phải ngày'],
    ['5-8/2020', 'không phải ngày'],
    ['58-NQ/TW', 'không phải ngày'],
  ])('%j: %s', (input, reason) => {
    const r = parseViDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(reason);
  });
});

describe('formatViDate, formatViDateLong, yearOf', () => {
  test.each([
    ['2020-08-05', '05/08/2020'],
    ['2017-10-25', '25/10/2017'],
    ['5/8/2020', '05/08/2020'],
  ])('formatViDate(%s) → %s', (iso, out) => {
    expect(formatViDate(iso)).toBe(out);
  });
  it('long form and year', () => {
    expect(formatViDateLong('2020-08-05')).toBe('ngày 05 tháng 8 năm 2020');
    expect(yearOf('2022-06-16')).toBe(2022);
    expect(yearOf(new Date(Date.UTC(2017, 9, 25)))).toBe(2017);
  });
  it('throws on invalid dates', () => {
    expect(() => formatViDate('2020-02-31')).toThrow(RangeError);
    expect(() => yearOf('abc')).toThrow(/không phải ngày/);
  });
});

describe('terms (khóa)', () => {
  test.each([
    ['XIII', 'XIII', 13],
    ['xiii', 'XIII', 13],
    [13, 'XIII', 13],
    ['13', 'XIII', 13],
    ['khóa XIII', 'XIII', 13],
    ['khoá 13', 'XIII', 13],
    ['Khóa XII', 'XII', 12],
    ['KHOÁ XIV', 'XIV', 14],
    [nfd('khóa IX'), 'IX', 9],
    ['Đại hội lần thứ XIII', 'XIII', 13],
    ['IV', 'IV', 4],
  ] as const)('parseTerm(%j) → %s', (input, roman, number) => {
    expect(parseTerm(input)).toEqual({ ok: true, roman, number });
  });
  test.each([['abc'], [''], ['IIII'], ['VX'], [0], [-1], [1.5], [100], ['khóa'], ['XIII bis']] as const)(
    'parseTerm(%j) is refused with a reason',
    (input) => {
      const r = parseTerm(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason.length).toBeGreaterThan(5);
    },
  );
  test.each([
    [1, 'I'], [4, 'IV'], [9, 'IX'], [13, 'XIII'], [14, 'XIV'], [40, 'XL'], [1994, 'MCMXCIV'], [3999, 'MMMCMXCIX'],
  ])('toRoman(%i) = %s and back', (n, r) => {
    expect(toRoman(n)).toBe(r);
    expect(fromRoman(r)).toBe(n);
    expect(fromRoman(r.toLowerCase())).toBe(n);
  });
  it('formatTerm and errors', () => {
    expect(formatTerm(13)).toBe('XIII');
    expect(formatTerm('xii')).toBe('XII');
    expect(() => formatTerm('abc')).toThrow(RangeError);
    expect(() => toRoman(0)).toThrow(RangeError);
    expect(fromRoman('IIV')).toBeNull();
  });
  it('property: fromRoman(toRoman(n)) = n', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3999 }), (n) => fromRoman(toRoman(n)) === n));
  });
});

// Strings built from Vietnamese letters in both NFC and NFD, upper and lower case, with spaces.
const VI_CHARS = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ', '  ', '\t'];
const viString = fc
  .tuple(
    fc.array(fc.constantFrom(...VI_CHARS), { maxLength: 30 }),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([cs, upper, decomposed]) => {
    const s = cs.join('');
    const cased = upper ? s.toUpperCase() : s;
    return decomposed ? cased.normalize('NFD') : cased;
  });
const viWords = fc
  .array(
    fc.tuple(fc.constantFrom('', 'h', 'kh', 'th', 'q', 'ng', 'Th', 'H', 'qu'), fc.constantFrom('oà', 'oá', 'oạ', 'òa', 'uỷ', 'ủy', 'uý', 'oẻ', 'oàng', 'uyết', 'ý', 'UỶ', 'OÀ')),
    { maxLength: 6 },
  )
  .map((ws) => ws.map(([a, b]) => a + b).join(' '));

describe('properties', () => {
  it('fold is idempotent on arbitrary strings', { timeout: 30_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(fold(s)) === fold(s)), { numRuns: 2000 });
  });
  it('fold is idempotent on Vietnamese-ish strings and NFC/NFD-insensitive', () => {
    fc.assert(
      fc.property(viString, (s) => fold(fold(s)) === fold(s) && fold(s.normalize('NFD')) === fold(s.normalize('NFC'))),
      { numRuns: 1000 },
    );
  });
  it('fold output has no combining marks, no đ, no uppercase', () => {
    fc.assert(fc.property(viString, (s) => !/[\p{M}đĐ]/u.test(fold(s)) && fold(s) === fold(s).toLowerCase()));
  });
  it('normalizeTone is idempotent and does not change the folded text', () => {
    fc.assert(
      fc.property(fc.oneof(viString, viWords, fc.string({ unit: 'binary' })), (s) => {
        const once = normalizeTone(s);
        return normalizeTone(once) === once && fold(once) === fold(s);
      }),
      { numRuns: 1000 },
    );
  });
  it('old and new placement normalise to the same word', () => {
    fc.assert(
      fc.property(viWords, (s) => normalizeTone(s) === normalizeTone(normalizeTone(s).normalize('NFD'))),
    );
  });
  it('slugify output is ASCII slug', () => {
    fc.assert(
      fc.property(fc.oneof(viString, fc.string({ unit: 'binary' })), (s) => {
        const slug = slugify(s);
        return /^[a-z0-9-]*$/.test(slug) && !slug.startsWith('-') && !slug.endsWith('-') && !slug.includes('--');
      }),
      { numRuns: 1000 },
    );
  });
});
