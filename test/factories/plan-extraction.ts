import type {
  ExtractedReference,
  ExtractedReportingDuty,
  ExtractedTarget,
  ExtractedTask,
  PlanExtraction,
} from '../../src/domain/extraction/types.ts';

/** A target with sensible defaults; override what the test is about. */
export function makeTarget(overrides: Partial<ExtractedTarget> & Pick<ExtractedTarget, 'id'>): ExtractedTarget {
  return {
    text: 'Tỷ lệ lao động qua đào tạo đạt trên 72%',
    subject: 'Tỷ lệ lao động qua đào tạo',
    op: 'gt',
    value: 72,
    value2: null,
    unit: 'percent',
    unitNoun: null,
    year: 2025,
    parent: null,
    line: 20,
    confidence: 0.9,
    ...overrides,
  };
}

export function makeTask(overrides: Partial<ExtractedTask> & Pick<ExtractedTask, 'id'>): ExtractedTask {
  return {
    text: 'Rà soát, xác định ngành, lĩnh vực cần ưu tiên đầu tư đào tạo nghề',
    lead: ['Phòng Lao động - Thương binh và Xã hội'],
    support: ['Ủy ban nhân dân các xã, thị trấn'],
    deliverable: 'Báo cáo',
    due: { kind: 'recurring', freq: 'yearly', month: 12 },
    dueText: 'Tháng 12 hàng năm',
    line: 40,
    confidence: 0.9,
    ...overrides,
  };
}

export function makeReference(
  overrides: Partial<ExtractedReference> & Pick<ExtractedReference, 'number'>,
): ExtractedReference {
  return { kind: 'KH', date: null, issuer: null, role: 'basis', line: 8, confidence: 0.9, ...overrides };
}

export function makeReportingDuty(overrides: Partial<ExtractedReportingDuty> = {}): ExtractedReportingDuty {
  return {
    freq: 'yearly',
    due: '12-15',
    to: 'Ủy ban nhân dân huyện',
    via: 'Phòng Lao động - Thương binh và Xã hội',
    text: 'Định kỳ hằng năm (trước ngày 15 tháng 12) báo cáo kết quả thực hiện về Ủy ban nhân dân huyện',
    line: 60,
    confidence: 0.9,
    ...overrides,
  };
}

/**
 * A small district plan (Tháp Mười, 2024): two targets with a "trong đó" child, two tasks,
 * one reporting duty and one reference. Pass overrides for the document or any list.
 */
export function makePlanExtraction(
  overrides: Partial<Omit<PlanExtraction, 'document'>> & { document?: Partial<PlanExtraction['document']> } = {},
): PlanExtraction {
  const { document, ...rest } = overrides;
  return {
    document: {
      kind: 'KH',
      number: '416/KH-UBND',
      symbol: 'KH-UBND',
      issuer: 'Ủy ban nhân dân huyện Tháp Mười',
      issuerLevel: 'district',
      place: 'Tháp Mười',
      date: '2024-01-31',
      year: 2024,
      title: 'Nâng cao chất lượng nguồn nhân lực năm 2024',
      signer: { name: 'Nguyễn Văn Hiệp', title: 'Phó Chủ tịch' },
      ...document,
    },
    period: { from: 2024, to: 2024, horizons: [] },
    references: [makeReference({ number: '226-CTr/HU', kind: 'CTr', date: '2023-12-13', issuer: 'Huyện uỷ' })],
    targets: [
      makeTarget({ id: 't1', year: 2024, line: 20 }),
      makeTarget({
        id: 't2',
        text: 'trong đó có bằng cấp, chứng chỉ đạt 30%',
        subject: 'Tỷ lệ lao động có bằng cấp, chứng chỉ',
        op: 'eq',
        value: 30,
        parent: 't1',
        year: 2024,
        line: 21,
      }),
    ],
    tasks: [
      makeTask({ id: 'k1' }),
      makeTask({
        id: 'k2',
        text: 'Tuyển sinh, đào tạo nghề cho lao động nông thôn',
        lead: ['Trường Trung cấp Tháp Mười'],
        support: [],
        due: { kind: 'once', by: '2024-Q1' },
        dueText: 'Quý I/2024',
        line: 45,
      }),
    ],
    reporting: [makeReportingDuty()],
    warnings: [],
    ...rest,
  };
}

/** The extraction as plain text: enough for the extractor to find a number, a title and one target. */
export function makePlanText(number = '416/KH-UBND', title = 'Nâng cao chất lượng nguồn nhân lực năm 2024'): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN THÁP MƯỜI',
    `Số: ${number}`,
    'Tháp Mười, ngày 31 tháng 01 năm 2024',
    'KẾ HOẠCH',
    title,
    'I. MỤC TIÊU',
    '1. Chỉ tiêu',
    '- Tỷ lệ lao động qua đào tạo đạt trên 72%.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Lao động - Thương binh và Xã hội',
    '- Chủ trì tham mưu triển khai Kế hoạch; định kỳ hằng năm báo cáo Ủy ban nhân dân huyện.',
    '',
  ].join('\n');
}
