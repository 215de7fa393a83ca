/**
 * Office files made for the import tests, in the layout Party offices use: .docx written with
 * `docx` (header as a two-cell table, runs split where Word splits them), .pdf written with
 * `pdfkit` (a text layer in DejaVu Sans, which has every Vietnamese letter; two columns in the
 * header; a password; a page with no text at all, as a scan has).
 */
import { createRequire } from 'node:module';
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);
/** A TrueType font with Vietnamese letters, from an npm package (no system font needed). */
export const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');

/** A paragraph of one or more runs (several runs model Word splitting a line where formatting changed). */
const para = (...runs: string[]): Paragraph => new Paragraph({ children: runs.map((t) => new TextRun(t)) });
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const cell = (paras: Paragraph[]): TableCell => new TableCell({ children: paras, width: { size: 50, type: WidthType.PERCENTAGE }, borders: { top: none, bottom: none, left: none, right: none } });

/** What goes into a Word fixture: header cells as paragraphs of runs, then body lines. */
export interface DocxSpec {
  left: string[][];
  right: string[][];
  /** Extra table row under the header, e.g. ["Số:", "45-KH/TU"] (the code in its own cell). */
  numberRow?: [string, string] | undefined;
  lines: string[];
}

/** A .docx in the office layout. */
export async function makeDocx(spec: DocxSpec): Promise<Buffer> {
  const rows = [new TableRow({ children: [cell(spec.left.map((runs) => para(...runs))), cell(spec.right.map((runs) => para(...runs)))] })];
  if (spec.numberRow) rows.push(new TableRow({ children: [cell([para(spec.numberRow[0])]), cell([para(spec.numberRow[1])])] }));
  const doc = new Document({
    sections: [{ children: [new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }), ...spec.lines.map((l) => new Paragraph({ children: [new TextRun(l)], alignment: AlignmentType.JUSTIFIED }))] }],
  });
  return Packer.toBuffer(doc);
}

/** What goes into a PDF fixture: header rows as [left, right] pairs on one baseline, then body lines. */
export interface PdfSpec {
  header: [string, string][];
  lines: string[];
  userPassword?: string | undefined;
  /** Draw shapes only, as a scan without a text layer. */
  noText?: boolean | undefined;
}

/** A .pdf with a text layer (or none), written with pdfkit. */
export function makePdf(spec: PdfSpec): Promise<Buffer> {
  return new Promise((resolveDone, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, ...(spec.userPassword === undefined ? {} : { userPassword: spec.userPassword, ownerPassword: 'owner', pdfVersion: '1.7' as const }) });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolveDone(Buffer.concat(chunks)));
    doc.on('error', reject);
    if (spec.noText) {
      doc.rect(56, 56, 480, 700).fill('#dddddd');
      doc.end();
      return;
    }
    doc.font(FONT).fontSize(12);
    let y = 56;
    for (const [left, right] of spec.header) {
      if (left !== '') doc.text(left, 56, y, { lineBreak: false });
      if (right !== '') doc.text(right, 320, y, { lineBreak: false });
      y += 18;
    }
    y += 12;
    for (const line of spec.lines) {
      doc.text(line, 56, y, { width: 480 });
      y = doc.y + 4;
    }
    doc.end();
  });
}
