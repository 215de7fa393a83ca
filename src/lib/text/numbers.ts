/**
 * Numbers the Vietnamese way. Vietnamese writes a dot between thousands and a comma before the
 * decimals ("1.000" is one thousand, "8,5" is eight and a half); YAML, like every programming
 * language, reads 1.000 as one and 8,5 as text. The content rule: a number written bare is in the
 * international form (1000, 8.5); a number in Vietnamese form goes in quotes ("1.000", "8,5") and
 * is read the Vietnamese way; a bare number a Vietnamese reader would read otherwise is refused.
 */

const UNITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const SCALES = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ', 'triệu tỷ'] as const;

/** One group of three digits in words; `full` when a higher group precedes it ("không trăm linh năm"). */
function tripleWords(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor(n / 10) % 10;
  const u = n % 10;
  const words: string[] = [];
  if (full || h > 0) words.push(UNITS[h]!, 'trăm');
  if (t === 0) {
    if (u > 0 && words.length > 0) words.push('linh');
  } else if (t === 1) {
    words.push('mười');
  } else {
    words.push(UNITS[t]!, 'mươi');
  }
  if (u > 0) {
    if (u === 1 && t >= 2) words.push('mốt');
    else if (u === 5 && t >= 1) words.push('lăm');
    else if (u === 4 && t >= 2) words.push('tư');
    else words.push(UNITS[u]!);
  }
  return words;
}

/** A whole number in words: 1000 → "một nghìn", 2500 → "hai nghìn năm trăm", 21 → "hai mươi mốt". */
function integerWords(n: number): string {
  if (n === 0) return UNITS[0];
  const groups: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 1000)) groups.unshift(rest % 1000);
  const words: string[] = [];
  groups.forEach((g, i) => {
    if (g === 0) return;
    words.push(...tripleWords(g, i > 0), SCALES[groups.length - 1 - i] ?? '');
  });
  return words.filter((w) => w !== '').join(' ');
}

/**
 * A number as a Vietnamese reader says it, for messages: 1000 → "một nghìn", 8.5 → "tám phẩy năm",
 * -3 → "âm ba". Decimals are read as a number after "phẩy", digit by digit when they start with 0.
 */
export function numberWords(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e18) return String(n);
  if (n < 0) return `âm ${numberWords(-n)}`;
  const [whole, fraction] = String(n).split('.');
  const head = integerWords(Number(whole));
  if (fraction === undefined) return head;
  const tail = fraction.startsWith('0') ? [...fraction].map((d) => UNITS[Number(d)]).join(' ') : integerWords(Number(fraction));
  return `${head} phẩy ${tail}`;
}

// "1.000", "2.500", "1.000.000": a dot then exactly three digits, the Vietnamese thousands mark.
// A leading 0 ("0.125") is never written before a thousands mark, so such a number is a decimal.
const THOUSANDS = /^[+-]?[1-9]\d{0,2}(?:\.\d{3})+$/;
// "1,5", "1.000,5": a decimal comma, with or without thousands dots.
const DECIMAL_COMMA = /^[+-]?(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+),\d+$/;
// "1,000": one in Vietnamese, one thousand in English.
const COMMA_THOUSANDS = /^[+-]?[1-9]\d{0,2},\d{3}$/;

/** The value of a number written the Vietnamese way (no check of its form). */
function viValue(text: string): number {
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** A whole number with Vietnamese thousands dots: 1000 → "1.000". */
const withDots = (n: number): string => String(n).replace(/\B(?=(\d{3})+$)/g, '.');

/** `n` with its words: "1000 (một nghìn)". */
const spoken = (n: number): string => `${n} (${numberWords(n)})`;

/**
 * Why a bare (unquoted) YAML value written `source` would be read otherwise by a Vietnamese reader,
 * with how to write it; undefined when it is not such a number. "1.000" is 1 to YAML and one
 * thousand to the reader; "1,5" is text to YAML and one and a half to the reader.
 */
export function bareNumberProblem(source: string): string | undefined {
  const text = source.trim();
  if (COMMA_THOUSANDS.test(text)) {
    const one = viValue(text);
    const thousand = Number(text.replace(',', ''));
    return `${text} không có ngoặc kép bị YAML đọc là chữ; theo cách viết Việt Nam là ${numberWords(one)}, theo cách viết quốc tế là ${numberWords(thousand)}: viết ${spoken(thousand)} hoặc ${spoken(one)} cho rõ`;
  }
  if (DECIMAL_COMMA.test(text)) {
    const value = viValue(text);
    return `${text} không có ngoặc kép bị YAML đọc là chữ, không phải số (người đọc Việt Nam hiểu là ${numberWords(value)}): viết ${spoken(value)} với dấu chấm thập phân, hoặc "${text}" trong ngoặc kép`;
  }
  if (THOUSANDS.test(text)) {
    const value = viValue(text);
    const decimal = Number(text);
    if (text.split('.').length > 2) {
      return `${text} không có ngoặc kép bị YAML đọc là chữ, không phải số (người đọc Việt Nam hiểu là ${numberWords(value)}): viết ${spoken(value)} hoặc "${text}" trong ngoặc kép`;
    }
    return `${text} không có ngoặc kép bị YAML đọc là ${decimal}, nhưng người đọc Việt Nam hiểu là ${numberWords(value)}: viết ${spoken(value)} hoặc "${text}" trong ngoặc kép; nếu đúng là ${numberWords(decimal)}, viết ${decimal}`;
  }
  return undefined;
}

/** Result of reading a quoted number: the value, or a Vietnamese reason saying how to write it. */
export type NumberResult = { ok: true; value: number } | { ok: false; reason: string };

/**
 * A number written in quotes, read the Vietnamese way: "1.000" → 1000, "8,5" → 8.5,
 * "1.000,5" → 1000.5, "300" → 300. "1,000" (one or one thousand?) and "8.5" (not a Vietnamese
 * form) are refused with how to write them.
 */
export function parseQuotedNumber(input: string): NumberResult {
  const text = input.trim();
  if (/^[+-]?\d+$/.test(text)) return { ok: true, value: Number(text) };
  if (COMMA_THOUSANDS.test(text)) {
    const one = viValue(text);
    const thousand = Number(text.replace(',', ''));
    return { ok: false, reason: `"${text}" có thể là ${spoken(one)} theo cách viết Việt Nam hoặc ${spoken(thousand)} theo cách viết quốc tế: viết "${one},0" hoặc ${one} nếu là ${numberWords(one)}, "${withDots(thousand)}" hoặc ${thousand} nếu là ${numberWords(thousand)}` };
  }
  if (THOUSANDS.test(text) || DECIMAL_COMMA.test(text)) return { ok: true, value: viValue(text) };
  if (/^[+-]?\d+\.\d+$/.test(text)) {
    return { ok: false, reason: `"${text}" trong ngoặc kép được đọc theo cách viết Việt Nam (dấu chấm ngăn hàng nghìn, dấu phẩy thập phân), mà ${text} không viết theo cách đó: viết ${text} không có ngoặc kép, hoặc "${text.replace('.', ',')}"` };
  }
  return { ok: false, reason: `cần một số, ở đây là chữ "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"` };
}
