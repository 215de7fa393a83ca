/**
 * A small, valid set of content files for the content check's tests: two documents (a central
 * resolution and a provincial plan that implements it), organs, topics, provinces and a report.
 * Each test breaks it in one way.
 */

/** Two organs: the Politburo and a provincial committee of unknown province. */
export const organs = `- id: bo-chinh-tri
  name: Bộ Chính trị
  level: central
- id: tinh-uy-x
  name: Tỉnh ủy X
  level: province
  province: unknown
`;
/** One topic. */
export const topics = `- id: xay-dung-dang
  name: Xây dựng Đảng
`;
/** A document file from its frontmatter fields and body. */
export const doc = (fields: string, body = 'Nội dung.\n') => `---\n${fields}\n---\n${body}`;
/** A central resolution, valid. */
export const nq58 = `code: 58-NQ/TW
kind: nghi-quyet
title: Về xây dựng và phát triển tỉnh Thanh Hóa
issued: 05/08/2020
issuer: bo-chinh-tri
term: XII
scope: central
topics: [xay-dung-dang]
summary: Tóm tắt.
sources:
  - outlet: Báo Thanh Hóa
    title: Bài báo
    seed: 003_54c9deb80d019863`;
/** A provincial plan that implements it, with one target, valid. */
export const kh43 = `code: 43-KH/TU
kind: ke-hoach
title: Kế hoạch thực hiện
issued: 18/01/2022
issuer: tinh-uy-x
scope: province
province: unknown
summary: Tóm tắt.
relations:
  - type: implements
    target: 58-nq-tw-2020
sources:
  - outlet: unknown
    title: Bài báo
targets:
  - metric: Đảng viên mới được kết nạp
    value: 600
    unit: đảng viên
    comparison: at-least`;
/** A report against the plan, valid: its result meets the plan's target (527 of 600). */
export const report = `title: Kết quả năm 2022
organ: tinh-uy-x
document: 43-kh-tu-2022
asOf: unknown
period: năm 2022
results:
  - metric: Đảng viên mới
    value: 527
    of: 600
    unit: đảng viên
source:
  outlet: unknown
  title: Bài báo`;
/** Two provinces, one merged into the other. */
export const provinces = `- id: lam-dong
  name: Lâm Đồng
- id: binh-thuan
  name: Bình Thuận
  mergedInto: lam-dong
  since: 01/07/2025
  sources:
    - outlet: Báo X
      title: Bài báo
`;
