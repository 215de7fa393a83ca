/**
 * Text from an office file as lines: NFC (Word on a Mac and some PDFs give NFD), odd spaces and
 * dashes made plain, empty lines dropped. Every recogniser below works on these lines.
 */
import { nfc } from '../text/normalize';

/** The non-empty lines of `text`, each NFC, trimmed, with runs of spaces made one. */
export function textLines(text: string): string[] {
  return nfc(text)
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\u00a0\u2000-\u200b\u202f\t]+/g, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((l) => l !== '');
}

/** True when a line has letters and none of them is lower case (a heading or a header line). */
export function isUpperLine(line: string): boolean {
  return /\p{L}/u.test(line) && line === line.toUpperCase();
}

/** A line that only separates parts ("*", "-----", "___"). */
export function isSeparator(line: string): boolean {
  return /^[-–—*_=.·•\s]+$/u.test(line);
}
