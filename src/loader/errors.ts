/**
 * Content errors as data: one table of kinds, each with the fix an editor should make.
 * The build prints them; the tests assert on kind, file and field.
 */

import { TERM_STARTS_TEXT } from '../lib/text/terms';

/** Every kind of content error, with the advice printed after the reason. */
export const CONTENT_ERROR_KINDS = {
  yaml: 'Sửa cú pháp YAML (thụt lề, dấu hai chấm, dấu ngoặc kép).',
  frontmatter: 'Tệp văn bản phải mở đầu bằng khối --- … --- chứa các trường.',
  schema: 'Sửa giá trị của trường theo hướng dẫn (README, mục "Adding a document", và docs/content-fields.md).',
  'unknown-organ': 'Thêm cơ quan vào content/organs.yaml hoặc sửa mã cho đúng.',
  'unknown-topic': 'Thêm chủ đề vào content/topics.yaml hoặc sửa mã cho đúng.',
  'unknown-province': 'Viết tên tỉnh đúng như trong content/provinces.yaml (tên cũ vẫn giữ), hoặc thêm tỉnh đó.',
  'bad-id': 'Đặt tên tệp bắt đầu bằng số hiệu và năm (ví dụ 57-nq-tw-2024.md), không chứa điều chưa biết; nếu đổi tên tệp, ghi tên cũ vào formerIds.',
  'unknown-document': 'Sửa mã văn bản đích cho đúng (xem danh sách mã ở trang văn bản) hoặc thêm văn bản đó.',
  'self-relation': 'Một văn bản không thể có quan hệ với chính nó: xóa quan hệ này.',
  'duplicate-id': 'Hai tệp văn bản có cùng tên (mã): đổi tên một tệp (số hiệu, năm, rồi tỉnh) cho khác; nếu đó là một văn bản, xóa bản thừa.',
  'duplicate-entry': 'Hai mục trong cùng tệp có cùng mã (id): đổi mã của một mục, hoặc xóa mục thừa; nhớ sửa các văn bản dùng mã đó.',
  'issuer-level': 'Kiểm tra số hiệu (ký hiệu sau dấu /) và cơ quan ban hành, cấp của văn bản: ký hiệu /TU, /HU, /ĐU là của cấp địa phương, /TW là của Trung ương.',
  encoding: 'Mở tệp bằng trình soạn thảo và lưu lại với bảng mã UTF-8 (trong Notepad: Lưu thành… → Mã hóa: UTF-8).',
  mdx: 'Văn bản viết bằng Markdown: xóa dòng mã này (import, export, thẻ thành phần); nội dung đặc biệt hãy viết thành đoạn văn, bảng hoặc danh sách.',
  html: 'Nội dung viết bằng Markdown, không dùng HTML: xóa thẻ này và viết bằng Markdown (chữ đậm **…**, nghiêng *…*, liên kết [chữ](https://…), bảng | … |, danh sách - …); chỉ giữ được <sup>, <sub> và <br> không có thuộc tính (docs/content-fields.md, mục "Nội dung").',
  'unsafe-link': 'Liên kết và hình chỉ dùng địa chỉ http://, https://, mailto:, tel: hoặc đường dẫn tới một trang của Sổ tay: sửa địa chỉ, hoặc bỏ liên kết và giữ chữ.',
  'wrong-folder': 'Chuyển tệp vào thư mục content/documents/<loại>/ đúng với trường kind.',
  'relation-cycle': 'Văn bản không thể thay thế, sửa đổi hay thực hiện chính nó qua một vòng văn bản (kể cả hai văn bản cùng ngày): kiểm tra chiều của từng quan hệ (văn bản sau trỏ tới văn bản trước) và xóa quan hệ sai.',
  'relation-duplicate': 'Mỗi quan hệ (cùng loại, cùng văn bản đích) chỉ ghi một lần: xóa quan hệ lặp lại; ghi chú (note, conclusion) của nó, nếu có, gộp vào quan hệ đã ghi.',
  'history-cycle': 'Lịch sử chỉ đi một chiều: mục cũ ghi mergedInto hoặc succeededBy trỏ tới mục mới, cơ quan cấp dưới ghi parent trỏ tới cấp trên; xóa trường ghi ngược chiều hoặc trỏ về chính mục đó.',
  'former-id': 'Mã cũ (formerIds) là địa chỉ cũ, trở thành trang chuyển hướng tới đúng một mục: không ghi mã hiện tại của mục nào, và chỉ mục từng mang mã đó mới ghi nó.',
  'same-document': 'Hai tệp ghi cùng một văn bản: giữ một tệp, xóa tệp kia và ghi mã (tên tệp) của nó vào formerIds của tệp giữ lại để địa chỉ cũ vẫn dùng được; nếu thật là hai văn bản, sửa số hiệu, ngày hoặc cơ quan ban hành theo nguồn.',
  'future-date': 'Kiểm tra năm (gõ nhầm?) theo nguồn: ngày không thể muộn hơn ngày dựng trang quá một năm; văn bản chưa ban hành thì chưa đưa vào Sổ tay.',
  'date-order': 'Ngày của căn cứ tình trạng (statusAsOf) hay ngày số liệu của báo cáo (asOf) không thể trước ngày ban hành văn bản: kiểm tra hai ngày theo nguồn.',
  'term-date': `Văn bản Trung ương thuộc khóa đang diễn ra vào ngày ban hành (${TERM_STARTS_TEXT}): sửa khóa hoặc ngày ban hành theo nguồn.`,
  'report-mismatch': 'Kết quả của báo cáo phải đo chỉ tiêu của văn bản được báo cáo: cùng đơn vị (unit), và cùng điều được đo (metric, viết như ở chỉ tiêu) hoặc mẫu số (of) bằng con số của chỉ tiêu; nếu báo cáo không đo chỉ tiêu nào của văn bản đó, bỏ trường document.',
  'number-notation': 'Số viết không ngoặc kép theo cách quốc tế: không dấu ngăn hàng nghìn, dấu chấm thập phân (1000, 8.5); số viết theo cách Việt Nam ("1.000", "8,5") phải đặt trong ngoặc kép (xem docs/content-fields.md, mục Numbers).',
  'relation-later': 'Văn bản không thể thực hiện, hướng dẫn hay dẫn chiếu một văn bản ban hành sau nó: kiểm tra ngày ban hành của hai văn bản; nếu đó là một diễn biến về sau, hãy bỏ quan hệ và kể nó trong thân bài (trang sẽ hiện dưới «Văn bản sau liên quan»), hoặc đặt quan hệ ở văn bản sau.',
  'change-note': 'Ghi ngày sửa và điều đã đổi, ví dụ updated: "05/12/2026" và changeNote: "Thêm chỉ tiêu 3 theo báo cáo sơ kết" (một câu): trang "Mới cập nhật" và nguồn tin Atom cho người đọc biết văn bản đã đổi gì.',
  'ambiguous-reference': 'Ghi thêm ngày ban hành ngay sau số hiệu (ví dụ "Nghị quyết số 18-NQ/TW, ngày 25/10/2017") hoặc khóa, để biết là văn bản nào.',
} as const;

/** One of the keys of {@link CONTENT_ERROR_KINDS}. */
export type ContentErrorKind = keyof typeof CONTENT_ERROR_KINDS;

/** One problem found in the content, located by file (relative to the project), field and line. */
export interface ContentError {
  kind: ContentErrorKind;
  file: string;
  field?: string | undefined;
  line?: number | undefined;
  message: string;
}

/** One line an editor can act on: `file:line  trường "field": reason. → fix`. */
export function formatContentError(error: ContentError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  const field = error.field === undefined ? '' : `trường "${error.field}": `;
  return `${where}  ${field}${error.message}. → ${CONTENT_ERROR_KINDS[error.kind]}`;
}

/** The whole report, as printed when the build stops. */
export function formatContentErrors(errors: readonly ContentError[]): string {
  const head = `Nội dung có ${errors.length} lỗi, bản dựng dừng lại (bản cũ trong thư mục xuất bản vẫn giữ nguyên):`;
  return [head, ...errors.map((e) => `  - ${formatContentError(e)}`)].join('\n');
}
