/**
 * One section per topic on a document page: which body sections and which study sections a
 * document page shows when the body and the fields cover the same topic.
 */
import { describe, expect, it } from 'vitest';
import { headingTopic, pageSections } from '../../src/lib/views/page-sections';
import { STUDY_SECTIONS } from '../../src/lib/views/document';
import { vi } from '../../src/i18n/vi';

describe('the topic a body heading names', () => {
  it.each([
    ['Chỉ tiêu', 'targets'],
    ['Chỉ tiêu và mốc thời gian', 'targets'],
    ['  Bối cảnh ', 'background'],
    ['BỐI CẢNH BAN HÀNH', 'background'],
    ['Tổ chức thực hiện', 'organisation'],
    ['Nhiệm vụ, giải pháp', 'tasks'],
    ['Quan điểm chỉ đạo', 'viewpoints'],
    ['Những điểm mới', 'whatsNew'],
    ['Nội dung chính', undefined],
    ['Hiệu lực', undefined],
    ['Chỉ tiêu về tổ chức', undefined],
    ['Thực hiện ở địa phương', undefined],
  ])('%s → %s', (heading, topic) => expect(headingTopic(heading)).toBe(topic));

  it.each(STUDY_SECTIONS.filter((k) => k !== 'questions' && k !== 'reflections'))('the study heading of %s names that topic', (key) => {
    expect(headingTopic(vi.study[key])).toBe(key);
  });
});

describe('each topic once', () => {
  const study = ['background', 'viewpoints', 'tasks', 'organisation', 'questions'] as const;
  it.each([
    {
      what: 'body and fields on the same topics (57-NQ/TW): the targets table, the body\'s background and organisation',
      bodyHeadings: ['Bối cảnh', 'Nội dung chính', 'Chỉ tiêu', 'Tổ chức thực hiện', 'Hiệu lực'],
      targets: true,
      study,
      body: [true, true, false, true, true],
      shown: ['viewpoints', 'tasks', 'questions'],
    },
    {
      what: 'a body "Chỉ tiêu" without a targets field stays',
      bodyHeadings: ['Nội dung chính', 'Chỉ tiêu'],
      targets: false,
      study: [],
      body: [true, true],
      shown: [],
    },
    {
      what: 'no body headings: every study section',
      bodyHeadings: [],
      targets: true,
      study,
      body: [],
      shown: [...study],
    },
    {
      what: 'headings of the editor\'s own leave the study material whole',
      bodyHeadings: ['Nội dung chính', 'Thực hiện ở địa phương'],
      targets: false,
      study,
      body: [true, true],
      shown: [...study],
    },
  ])('$what', ({ bodyHeadings, targets, study: fields, body, shown }) => {
    expect(pageSections({ bodyHeadings, targets, study: fields })).toEqual({ body, study: shown });
  });
});
