import { describe, expect, it } from 'vitest';
import {
  buildReportModel,
  defaultReportFields,
  noUnitReportText,
  type ReportInput,
  type ReportTargetInput,
} from './report-model.ts';
import { describeSigningAuthority, formatPlaceDate, formatShare, joinCounts, splitIssuerLines } from './report-text.ts';

const plan = {
  number: '60/KH-UBND',
  documentDate: '2021-08-04',
  issuer: 'Ủy ban nhân dân huyện Càng Long',
  place: 'Càng Long',
  title: 'Thực hiện Chương trình số 11-CTr/TU',
  signerName: 'Nguyễn Văn Triều',
  signerTitle: 'Phó Chủ tịch',
};
const target = (id: string, status: ReportTargetInput['status'], depth = 0): ReportTargetInput => ({
  id,
  text: `Chỉ tiêu ${id}`,
  depth,
  status,
  explanation: 'giải thích',
  latest: status === 'no_data' ? null : { year: 2024, value: 73.4 },
  unit: 'percent',
  unitNoun: null,
});

function makeInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    plan,
    period: { id: '2024', label: 'Năm 2024', window: { from: '2024-01-01', until: '2025-01-01' } },
    fields: { ...defaultReportFields(plan, '2024-12-20', ['UBND tỉnh']), number: null },
    targetsAsOf: '2024-12-20',
    targets: [target('a', 'met'), target('b', 'met', 1), target('c', 'no_data'), target('d', 'off_track')],
    tasks: [
      {
        id: 't1',
        text: 'Rà soát',
        lead: ['Phòng Nội vụ'],
        occurrences: [{ dueDate: '2024-03-31', label: 'Quý I/2024' }],
      },
      {
        id: 't2',
        text: 'Báo cáo',
        lead: ['Phòng Y tế', 'Phòng GD&ĐT'],
        occurrences: [{ dueDate: '2024-12-31', label: 'Năm 2024' }],
      },
      { id: 't3', text: 'Đề án', lead: [], occurrences: [{ dueDate: '2022-03-31', label: 'Quý I/2022' }] },
    ],
    completions: [],
    narratives: [],
    ...overrides,
  };
}

describe('report wording', () => {
  it.each([
    ['Ủy ban nhân dân huyện Càng Long', ['ỦY BAN NHÂN DÂN', 'HUYỆN CÀNG LONG']],
    ['Uỷ ban nhân dân xã Thanh Thủy', ['ỦY BAN NHÂN DÂN', 'XÃ THANH THỦY']],
    ['Sở Nội vụ', ['SỞ NỘI VỤ']],
    [null, ['ỦY BAN NHÂN DÂN']],
  ])('issuer %s -> header lines', (issuer, lines) => expect(splitIssuerLines(issuer)).toEqual(lines));

  it.each([
    ['Càng Long', '2025-01-05', 'Càng Long, ngày 05 tháng 01 năm 2025'],
    ['Càng Long', '2024-12-20', 'Càng Long, ngày 20 tháng 12 năm 2024'],
    ['Tháp Mười', '2024-03-09', 'Tháp Mười, ngày 09 tháng 3 năm 2024'],
    ['', '2024-02-10', 'ngày 10 tháng 02 năm 2024'],
  ])('place %s date %s (Decree 30 zeros)', (place, date, line) => expect(formatPlaceDate(place, date)).toBe(line));

  it.each([
    ['Ủy ban nhân dân huyện X', 'Phó Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    ['Ủy ban nhân dân xã Y', 'Chủ tịch', ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    ['Sở Nội vụ', 'Giám đốc', ['GIÁM ĐỐC']],
  ])('signing authority of %s, %s', (issuer, title, lines) =>
    expect(describeSigningAuthority(issuer, title)).toEqual(lines),
  );

  it.each([
    [12, 27, '12/27 (44,4%)'],
    [0, 0, '0/0'],
    [3, 3, '3/3 (100%)'],
  ])('share %i of %i', (part, whole, text) => expect(formatShare(part, whole)).toBe(text));

  it.each([
    [[], ''],
    [[{ count: 2, text: 'a' }], '2 a'],
    [
      [
        { count: 2, text: 'a' },
        { count: 0, text: 'b' },
        { count: 1, text: 'c' },
        { count: 4, text: 'd' },
      ],
      '2 a, 1 c và 4 d',
    ],
  ])('joinCounts %j', (parts, text) => expect(joinCounts(parts)).toBe(text));
});

describe('buildReportModel', () => {
  it('heads the report like a Decree 30 document citing the plan', () => {
    const model = buildReportModel(makeInput());
    expect(model.issuerLines).toEqual(['ỦY BAN NHÂN DÂN', 'HUYỆN CÀNG LONG']);
    expect(model.numberLine).toMatch(/^Số: \u00a0+\/BC-UBND$/);
    expect(model.subtitle).toBe(
      'Kết quả thực hiện Kế hoạch số 60/KH-UBND ngày 04/8/2021 của UBND huyện Càng Long năm 2024',
    );
    expect(model.intro).toContain('UBND huyện Càng Long báo cáo kết quả thực hiện năm 2024 như sau:');
    expect(model.signer).toEqual({
      authority: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      name: 'Nguyễn Văn Triều',
    });
    expect(model.recipients).toEqual(['UBND tỉnh', 'Lưu: VT']);
  });

  it('uses the edited fields', () => {
    const input = makeInput();
    const model = buildReportModel({ ...input, fields: { ...input.fields, number: '15', intro: 'Mở đầu riêng.' } });
    expect(model.numberLine).toBe('Số: 15/BC-UBND');
    expect(model.intro).toBe('Mở đầu riêng.');
  });

  it('cites an unnumbered plan by its title', () => {
    const model = buildReportModel(makeInput({ plan: { ...plan, number: null, documentDate: null } }));
    expect(model.subtitle).toBe(
      'Kết quả thực hiện Kế hoạch của UBND huyện Càng Long về thực hiện Chương trình số 11-CTr/TU năm 2024',
    );
  });

  it('numbers targets with their parts and counts every status from the rows', () => {
    const model = buildReportModel(makeInput());
    expect(model.targets.rows.map((row) => [row.number, row.result, row.statusLabel])).toEqual([
      ['1', '73,4% (năm 2024)', 'đạt'],
      ['1.1', '73,4% (năm 2024)', 'đạt'],
      ['2', 'Chưa có số liệu', 'chưa có số liệu'],
      ['3', '73,4% (năm 2024)', 'chậm tiến độ'],
    ]);
    expect(model.targets.summary).toBe(
      'Kế hoạch có 4 chỉ tiêu; đánh giá đến ngày 20/12/2024: 2 chỉ tiêu đạt, 1 chỉ tiêu chậm tiến độ và 1 chỉ tiêu chưa có số liệu. Có 2/4 (50%) chỉ tiêu đạt.',
    );
  });

  const taskCases: Array<[string, ReportInput['completions'], string[], string]> = [
    [
      'no progress recorded: past deadlines overdue, the rest in progress',
      [],
      ['overdue', 'in_progress'],
      'Trong năm 2024 có 2 nhiệm vụ đến hạn; tình hình đến ngày 20/12/2024: 1 quá hạn chưa hoàn thành và 1 đang thực hiện (trong hạn). Chưa có nhiệm vụ nào được báo cáo hoàn thành.',
    ],
    [
      'one done late, one done on time',
      [
        { taskId: 't1', dueDate: '2024-03-31', completedOn: '2024-04-10' },
        { taskId: 't2', dueDate: '2024-12-31', completedOn: '2024-12-01' },
      ],
      ['done_late', 'done_on_time'],
      'Trong năm 2024 có 2 nhiệm vụ đến hạn; tình hình đến ngày 20/12/2024: 1 hoàn thành quá hạn và 1 hoàn thành đúng hạn. Đã hoàn thành 2/2 (100%) nhiệm vụ.',
    ],
  ];
  it.each(taskCases)('tasks: %s', (_name, completions, statuses, summary) => {
    const model = buildReportModel(makeInput({ completions }));
    expect(model.tasks.rows.map((row) => row.status)).toEqual(statuses);
    expect(model.tasks.summary).toBe(summary);
    expect(model.tasks.outsidePeriod).toBe(1);
    expect(model.tasks.counts.reduce((sum, entry) => sum + entry.count, 0)).toBe(2);
    expect(model.tasks.rows[1]?.lead).toBe('Phòng Y tế; Phòng GD&ĐT');
  });

  it('shows the worst occurrence of a task due many times in the period', () => {
    const months = Array.from({ length: 12 }, (_, i) => ({
      dueDate: `2024-${String(i + 1).padStart(2, '0')}-28`,
      label: `Tháng ${i + 1}/2024`,
    }));
    const model = buildReportModel(
      makeInput({ tasks: [{ id: 'm', text: 'Hằng tháng', lead: [], occurrences: months }] }),
    );
    expect(model.tasks.rows[0]).toMatchObject({ status: 'overdue', deadline: '12 lần: Tháng 1/2024 … Tháng 12/2024' });
  });

  it.each([
    ['no unit reported', [], noUnitReportText, noUnitReportText],
    [
      'units with blank parts',
      [{ unitName: 'Phòng Nội vụ', difficulties: '  ', proposals: null }],
      'Các đơn vị không báo cáo khó khăn, vướng mắc.',
      'Các đơn vị không có đề xuất, kiến nghị.',
    ],
  ])('narratives: %s', (_name, narratives, difficulties, proposals) => {
    const model = buildReportModel(makeInput({ narratives }));
    expect(model.difficulties).toEqual({ emptyText: difficulties, items: [] });
    expect(model.proposals).toEqual({ emptyText: proposals, items: [] });
  });

  it('labels each narrative by its unit', () => {
    const model = buildReportModel(
      makeInput({
        narratives: [
          { unitName: 'Phòng Nội vụ', difficulties: 'Thiếu kinh phí.', proposals: 'Bổ sung kinh phí.' },
          { unitName: 'UBND xã A', difficulties: null, proposals: 'Tăng lớp nghề.' },
        ],
      }),
    );
    expect(model.difficulties.items).toEqual([{ unitName: 'Phòng Nội vụ', text: 'Thiếu kinh phí.' }]);
    expect(model.proposals.items.map((item) => item.unitName)).toEqual(['Phòng Nội vụ', 'UBND xã A']);
  });
});
