// Vietnamese document types (Decree 30/2020/NĐ-CP): the code used in document symbols
// ("60/KH-UBND") and the full name people read ("Kế hoạch"). The extractor recognises
// kinds from this list; the plan screens show the names.

export interface DocumentKind {
  code: string;
  name: string;
}

/** Longer names first where one starts another ("Thông tư liên tịch" before "Thông tư"). */
export const documentKinds: readonly DocumentKind[] = [
  { code: 'KH', name: 'Kế hoạch' },
  { code: 'QĐ', name: 'Quyết định' },
  { code: 'CTr', name: 'Chương trình' },
  { code: 'NQ', name: 'Nghị quyết' },
  { code: 'CT', name: 'Chỉ thị' },
  { code: 'BC', name: 'Báo cáo' },
  { code: 'CV', name: 'Công văn' },
  { code: 'TB', name: 'Thông báo' },
  { code: 'ĐA', name: 'Đề án' },
  { code: 'KL', name: 'Kết luận' },
  { code: 'HD', name: 'Hướng dẫn' },
  { code: 'TTLT', name: 'Thông tư liên tịch' },
  { code: 'TT', name: 'Thông tư' },
  { code: 'NĐ', name: 'Nghị định' },
  { code: 'QyĐ', name: 'Quy định' },
  { code: 'QC', name: 'Quy chế' },
  { code: 'TTr', name: 'Tờ trình' },
  { code: 'L', name: 'Luật' },
  { code: 'CL', name: 'Chiến lược' },
  { code: 'DA', name: 'Dự án' },
];

const names = new Map(documentKinds.map((kind) => [kind.code, kind.name]));

/** 'KH' → 'Kế hoạch'; an unknown code is shown as written; null for none. */
export function documentKindName(code: string | null | undefined): string | null {
  if (!code) return null;
  return names.get(code) ?? code;
}
