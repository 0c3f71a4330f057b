import { describe, expect, it } from 'vitest';
import { documentKindName, documentKinds } from './document-kinds.ts';

describe('documentKindName', () => {
  it.each([
    ['KH', 'Kế hoạch'],
    ['QĐ', 'Quyết định'],
    ['CTr', 'Chương trình'],
    ['NQ', 'Nghị quyết'],
    ['CT', 'Chỉ thị'],
    ['BC', 'Báo cáo'],
    ['CV', 'Công văn'],
    ['TB', 'Thông báo'],
    ['ĐA', 'Đề án'],
    ['KL', 'Kết luận'],
    ['HD', 'Hướng dẫn'],
    ['TTLT', 'Thông tư liên tịch'],
    ['TT', 'Thông tư'],
    ['NĐ', 'Nghị định'],
    ['QyĐ', 'Quy định'],
    ['QC', 'Quy chế'],
    ['TTr', 'Tờ trình'],
    ['L', 'Luật'],
    ['CL', 'Chiến lược'],
    ['DA', 'Dự án'],
  ])('%s is %s', (code, name) => {
    expect(documentKindName(code)).toBe(name);
  });

  it('names every kind in the vocabulary, each code once', () => {
    expect(documentKinds).toHaveLength(20);
    expect(new Set(documentKinds.map((kind) => kind.code)).size).toBe(documentKinds.length);
    for (const kind of documentKinds) expect(documentKindName(kind.code)).toMatch(/^[A-ZĐ][a-zà-ỹ ]+$/u);
  });

  it('shows an unknown code as written and nothing for none', () => {
    expect(documentKindName('XYZ')).toBe('XYZ');
    expect(documentKindName(null)).toBeNull();
    expect(documentKindName('')).toBeNull();
  });
});
