/**
 * What the importer accepts before it parses anything, so no file can make it hang or exhaust
 * memory: the file's size, a Word file's archive (entries and expanded bytes, counted while
 * inflating, never trusted from the archive's own headers), a PDF's pages, and the text's length.
 * The numbers are far above any Party document (a long resolution is a few hundred thousand
 * characters) and keep the import's peak memory under 1 GB (docs/import-benchmark.md).
 */
import { Unzip, UnzipInflate } from 'fflate';

/** The limits of an import, each in the unit an editor reads it in. */
export interface ImportLimits {
  fileBytes: number;
  archiveEntries: number;
  expandedBytes: number;
  xmlBytes: number;
  pdfPages: number;
  textChars: number;
}

/** The limits, each with the unit an editor reads it in. */
export const IMPORT_LIMITS: Readonly<ImportLimits> = {
  /** Bytes of the file on disk. */
  fileBytes: 32 * 1024 * 1024,
  /** Files inside a .docx archive. */
  archiveEntries: 2_000,
  /** Bytes a .docx expands to, all its files together (pictures included). */
  expandedBytes: 64 * 1024 * 1024,
  /** Bytes of the XML a .docx expands to: what Word's reader holds in memory as a tree, several times over. */
  xmlBytes: 20 * 1024 * 1024,
  /** Pages of a PDF. */
  pdfPages: 2_000,
  /** Characters of text read from a file, before it is parsed. */
  textChars: 8_000_000,
};

/** A size the Vietnamese way: "64 MB", "1,5 MB", "371 kB". */
export function megabytes(bytes: number): string {
  const format = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  return bytes < 1024 * 1024 ? `${format.format(Math.round(bytes / 1024))} kB` : `${format.format(bytes / 1024 / 1024)} MB`;
}

/** A count the Vietnamese way ("8.000.000"). */
function count(n: number): string {
  return new Intl.NumberFormat('vi-VN').format(n);
}

/** Why a file is refused by a limit, or undefined when it is within them. */
export type LimitProblem = string | undefined;

/** The file's size against the limit. */
export function fileSizeProblem(bytes: number, limits: Readonly<ImportLimits> = IMPORT_LIMITS): LimitProblem {
  return bytes > limits.fileBytes ? `tệp lớn ${megabytes(bytes)}, quá giới hạn ${megabytes(limits.fileBytes)} của việc nhập: hãy tách văn bản thành nhiều tệp, hoặc bỏ ảnh nhúng trong tệp` : undefined;
}

/** The text's length against the limit. */
export function textLengthProblem(chars: number, limits: Readonly<ImportLimits> = IMPORT_LIMITS): LimitProblem {
  return chars > limits.textChars ? `tệp có ${count(chars)} ký tự, quá giới hạn ${count(limits.textChars)} ký tự của việc nhập: hãy tách văn bản thành nhiều tệp` : undefined;
}

/** A PDF's page count against the limit. */
export function pdfPagesProblem(pages: number, limits: Readonly<ImportLimits> = IMPORT_LIMITS): LimitProblem {
  return pages > limits.pdfPages ? `tệp PDF có ${count(pages)} trang, quá giới hạn ${count(limits.pdfPages)} trang của việc nhập: hãy tách thành nhiều tệp` : undefined;
}

/** Bytes of the archive given to the inflater at a time. */
const SLICE = 4096;

/** Thrown inside the inflater to stop it at the first limit passed. */
class Over extends Error {}

/**
 * Inflate a .docx archive without keeping what it expands to, counting its entries and bytes, and
 * stop at the first limit passed: a small file that expands to gigabytes (a "zip bomb") is refused
 * after reading as much as the limit allows, in constant memory.
 */
export function archiveProblem(bytes: Uint8Array, limits: Readonly<ImportLimits> = IMPORT_LIMITS): LimitProblem {
  let entries = 0;
  let expanded = 0;
  let xml = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    entries += 1;
    if (entries > limits.archiveEntries) throw new Over(`tệp Word chứa hơn ${count(limits.archiveEntries)} tệp con, quá giới hạn của việc nhập: tệp có thể bị hỏng hoặc được tạo để làm treo máy; hãy mở bằng Word và lưu lại`);
    const isXml = /\.(?:xml|rels)$/i.test(file.name);
    file.ondata = (err, chunk) => {
      if (err) throw err instanceof Over ? err : new Over(`tệp Word bị hỏng (${err.message}): mở bằng Word và lưu lại dạng .docx`);
      expanded += chunk.length;
      if (isXml) xml += chunk.length;
      if (xml > limits.xmlBytes) throw new Over(`phần chữ của tệp Word giải nén ra hơn ${megabytes(limits.xmlBytes)}, quá giới hạn của việc nhập (một văn bản dài cũng chỉ vài MB): hãy tách văn bản thành nhiều tệp`);
      if (expanded > limits.expandedBytes) throw new Over(`tệp Word giải nén ra hơn ${megabytes(limits.expandedBytes)}, quá giới hạn của việc nhập: tệp có thể được tạo để làm treo máy, hoặc chứa ảnh, tệp nhúng rất lớn; hãy lưu lại phần chữ thành tệp mới`);
    };
    file.start();
  };
  try {
    // Fed in small slices: deflate expands at most about a thousandfold, so no inflated chunk
    // passes a few MB however the archive was made.
    for (let at = 0; at < bytes.length; at += SLICE) unzip.push(bytes.subarray(at, at + SLICE), at + SLICE >= bytes.length);
  } catch (e) {
    if (e instanceof Over) return e.message;
    return `tệp Word bị hỏng (${(e as Error).message}): mở bằng Word và lưu lại dạng .docx`;
  }
  return undefined;
}
