import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeAgencyCandidate } from '../../../test/factories/agencies.ts';
import { buildSeedCandidates, seedResolveContext } from '../../server/agencies/seed-candidates.ts';
import { compareTokens, resolveAgency } from './resolve-agency.ts';

const candidates = buildSeedCandidates();
const thapMuoi = 'od-tinh-dong-thap.huyen-thap-muoi';
const cangLong = 'od-tinh-tra-vinh.huyen-cang-long';
const phongDienCanTho = 'od-thanh-pho-can-tho.huyen-phong-dien';
const phongDienHue = 'od-thanh-pho-hue.thi-xa-phong-dien';
const ngocHoi = 'od-tinh-kon-tum.huyen-ngoc-hoi';
const thanhThuy = 'c-00928';

function resolveIn(text: string, unitId: string, date: string, preferCurrent = false) {
  return resolveAgency(text, unitId, date, candidates, { ...seedResolveContext(unitId), preferCurrent });
}

describe('resolveAgency on how the seed plans write agency names', () => {
  it.each([
    // 000 Tháp Mười, 31/01/2024
    ['Ủy ban nhân dân huyện', thapMuoi, '2024-01-31', `ag-${thapMuoi}-ubnd`],
    ['Ủy ban nhân dân huyện Tháp Mười', thapMuoi, '2024-01-31', `ag-${thapMuoi}-ubnd`],
    ['UBND huyện', thapMuoi, '2024-01-31', `ag-${thapMuoi}-ubnd`],
    ['UBND Tháp Mười', thapMuoi, '2024-01-31', `ag-${thapMuoi}-ubnd`],
    ['UBND tỉnh', thapMuoi, '2024-01-31', 'ag-op-tinh-dong-thap-ubnd'],
    ['Hội đồng nhân dân huyện', thapMuoi, '2024-01-31', `ag-${thapMuoi}-hdnd`],
    ['TT HĐND huyện', thapMuoi, '2024-01-31', `ag-${thapMuoi}-hdnd`],
    ['Ban Chỉ đạo Khối Văn hóa - Xã hội huyện', thapMuoi, '2024-01-31', `ag-${thapMuoi}-bcd-khoi-vhxh`],
    ['BCĐ Khối VH-XH huyện', thapMuoi, '2024-01-31', `ag-${thapMuoi}-bcd-khoi-vhxh`],
    ['Trường Trung cấp Tháp Mười', thapMuoi, '2024-01-31', `ag-${thapMuoi}-truong-trung-cap`],
    ['Trường Cao đẳng Cộng đồng Đồng Tháp', thapMuoi, '2024-01-31', 'ag-op-tinh-dong-thap-truong-cd-cong-dong'],
    ['Trung tâm dịch vụ việc làm Đồng Tháp', thapMuoi, '2024-01-31', 'ag-op-tinh-dong-thap-trung-tam-dvvl'],
    ['Sở Giáo dục và Đào tạo', thapMuoi, '2024-01-31', 'ag-op-tinh-dong-thap-so-gddt'],
    ['Phòng LĐ-TB&XH', thapMuoi, '2024-01-31', `ag-${thapMuoi}-phong-ldtbxh`],
    ['phong lao dong thuong binh va xa hoi', thapMuoi, '2024-01-31', `ag-${thapMuoi}-phong-ldtbxh`],
    // 001 Càng Long, 04/8/2021
    ['Phòng Kinh tế và Hạ tầng', cangLong, '2021-08-04', `ag-${cangLong}-phong-kt-ht`],
    ['Phòng Tài chính - Kế hoạch', cangLong, '2021-08-04', `ag-${cangLong}-phong-tckh`],
    ['phòng Tài chính - Kế hoạch', cangLong, '2021-08-04', `ag-${cangLong}-phong-tckh`],
    ['Cơ quan Tổ chức - Nội vụ', cangLong, '2021-08-04', `ag-${cangLong}-co-quan-to-chuc-noi-vu`],
    ['Phòng Lao động - Thương binh và Xã hội', cangLong, '2021-08-04', `ag-${cangLong}-phong-ldtbxh`],
    ['Phòng Y tế', cangLong, '2021-08-04', `ag-${cangLong}-phong-y-te`],
    ['Phòng Giáo dục và Đào tạo', cangLong, '2021-08-04', `ag-${cangLong}-phong-gddt`],
    ['Phòng Văn hóa - Thông tin và Thể thao', cangLong, '2021-08-04', `ag-${cangLong}-phong-vhtt-tt`],
    ['Trung tâm Bồi dưỡng Chính trị', cangLong, '2021-08-04', `ag-${cangLong}-trung-tam-boi-duong-chinh-tri`],
    ['Ủy ban nhân dân huyện Càng Long', cangLong, '2021-08-04', `ag-${cangLong}-ubnd`],
    ['UBND Càng Long', cangLong, '2021-08-04', `ag-${cangLong}-ubnd`],
    ['CT, các PCT UBND huyện', cangLong, '2021-08-04', `ag-${cangLong}-ubnd`],
    // 002 Phong Điền, 26/3/2024 (seeded for Cần Thơ and Huế)
    ['Phòng Giáo dục và Đào tạo huyện', phongDienCanTho, '2024-03-26', `ag-${phongDienCanTho}-phong-gddt`],
    ['Phòng GD&ĐT', phongDienCanTho, '2024-03-26', `ag-${phongDienCanTho}-phong-gddt`],
    ['phòng Giáo dục và Đào tạo', phongDienHue, '2024-03-26', `ag-${phongDienHue}-phong-gddt`],
    ['phòng Lao động-Thương binh và Xã hội', phongDienCanTho, '2024-03-26', `ag-${phongDienCanTho}-phong-ldtbxh`],
    ['Phòng Nội vụ', phongDienCanTho, '2024-03-26', `ag-${phongDienCanTho}-phong-noi-vu`],
    ['Phòng Kinh tế - Hạ tầng', phongDienCanTho, '2024-03-26', `ag-${phongDienCanTho}-phong-kt-ht`],
    ['Phòng Văn hóa và Thông tin', phongDienHue, '2024-03-26', `ag-${phongDienHue}-phong-vhtt`],
    [
      'Trung tâm Văn hóa - Thông tin và Thể thao huyện',
      phongDienCanTho,
      '2024-03-26',
      `ag-${phongDienCanTho}-trung-tam-vhtt-tt`,
    ],
    [
      'Trung tâm Giáo dục nghề nghiệp-Giáo dục thường xuyên',
      phongDienCanTho,
      '2024-03-26',
      `ag-${phongDienCanTho}-trung-tam-gdnn-gdtx`,
    ],
    [
      'Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên huyện',
      phongDienHue,
      '2024-03-26',
      `ag-${phongDienHue}-trung-tam-gdnn-gdtx`,
    ],
    ['Sở Tài chính', phongDienCanTho, '2024-03-26', 'ag-op-thanh-pho-can-tho-so-tai-chinh'],
    ['Sở Tài chính', 'c-31299', '2026-03-26', 'ag-p-92-so-tai-chinh'],
    ['UBND Phong Điền', phongDienCanTho, '2024-03-26', `ag-${phongDienCanTho}-ubnd`],
    // 003 Thanh Thủy, 2026
    ['UBND xã Thanh Thủy', thanhThuy, '2026-05-01', 'ag-c-00928-ubnd'],
    ['UBND xã', thanhThuy, '2026-05-01', 'ag-c-00928-ubnd'],
    ['Phòng Văn hóa – Xã hội', thanhThuy, '2026-05-01', 'ag-c-00928-phong-vhxh'],
    ['Phòng Văn hóa - Xã hội', thanhThuy, '2026-05-01', 'ag-c-00928-phong-vhxh'],
    ['Trường PTDTBT Thanh Thủy', thanhThuy, '2026-05-01', 'ag-c-00928-truong-ptdtbt-thanh-thuy'],
    ['THCS - THPT Phương Tiến', thanhThuy, '2026-05-01', 'ag-c-00928-truong-thcs-thpt-phuong-tien'],
    ['Trung tâm học tập cộng đồng xã', thanhThuy, '2026-05-01', 'ag-c-00928-trung-tam-htcd'],
    ['Phòng Kinh tế', thanhThuy, '2026-05-01', 'ag-c-00928-phong-kinh-te'],
    ['Trung tâm Dịch vụ công', thanhThuy, '2026-05-01', 'ag-c-00928-trung-tam-dich-vu-cong'],
    ['Đề nghị UBMTTQ Việt Nam xã', thanhThuy, '2026-05-01', 'ag-c-00928-ubmttq'],
    ['Ủy ban Mặt trận Tổ quốc xã', thanhThuy, '2026-05-01', 'ag-c-00928-ubmttq'],
    ['MTTQ Việt Nam xã', thanhThuy, '2026-05-01', 'ag-c-00928-ubmttq'],
    ['Ban Thường vụ Đảng ủy xã Thanh Thủy', thanhThuy, '2026-05-01', 'ag-c-00928-dang-uy'],
    ['TTr HĐND xã', thanhThuy, '2026-05-01', 'ag-c-00928-hdnd'],
    ['Sở Nội vụ', thanhThuy, '2026-05-01', 'ag-p-08-so-noi-vu'],
    // 004 Ngọc Hồi, 2023
    ['Phòng Lao động - Thương binh và Xã hội', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-ldtbxh`],
    ['Giao Phòng Lao động - Thương binh và Xã hội', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-ldtbxh`],
    ['Phòng Giáo dục và Đào tạo', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-gddt`],
    ['Phòng Tài chính - Kế hoạch', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-tckh`],
    ['Phòng Tư pháp', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-tu-phap`],
    ['Phòng Nông nghiệp và Phát triển nông thôn', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-nn-ptnt`],
    ['Phòng NN&PTNT', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-nn-ptnt`],
    ['Phòng Dân tộc', ngocHoi, '2023-11-20', `ag-${ngocHoi}-phong-dan-toc`],
    [
      'Trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên huyện',
      ngocHoi,
      '2023-11-20',
      `ag-${ngocHoi}-trung-tam-gdnn-gdtx`,
    ],
    [
      'Trung tâm giáo dục nghề nghiệp- giáo dục thường xuyên',
      ngocHoi,
      '2023-11-20',
      `ag-${ngocHoi}-trung-tam-gdnn-gdtx`,
    ],
    ['Văn phòng HĐND&UBND huyện', ngocHoi, '2023-11-20', `ag-${ngocHoi}-van-phong-hdnd-ubnd`],
    ['Ban Tuyên giáo Huyện ủy', ngocHoi, '2023-11-20', `ag-${ngocHoi}-ban-tuyen-giao`],
    ['Sở Lao động - Thương binh và Xã hội', ngocHoi, '2023-11-20', 'ag-op-tinh-kon-tum-so-ldtbxh'],
    ['Ủy ban nhân dân tỉnh Kon Tum', ngocHoi, '2023-11-20', 'ag-op-tinh-kon-tum-ubnd'],
    ['UBND Ngọc Hôi', ngocHoi, '2023-11-20', `ag-${ngocHoi}-ubnd`],
  ])('"%s" in %s on %s → %s', (text, unitId, date, expected) => {
    const result = resolveIn(text, unitId, date);
    expect(result.best?.agency.id).toBe(expected);
    expect(result.best?.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('matches without diacritics and in any case', () => {
    for (const text of ['phong giao duc va dao tao', 'PHÒNG GIÁO DỤC VÀ ĐÀO TẠO', 'Phong GD&DT', 'phòng gdđt']) {
      expect(resolveIn(text, cangLong, '2021-08-04').best?.agency.id).toBe(`ag-${cangLong}-phong-gddt`);
    }
  });

  it('treats "Uỷ" and "Ủy" the same', () => {
    expect(resolveIn('Uỷ ban nhân dân huyện', thapMuoi, '2024-01-31').best?.agency.id).toBe(`ag-${thapMuoi}-ubnd`);
  });

  it('offers the own unit\'s body first for a name cut short in a table cell ("Phòng Văn hóa")', () => {
    const result = resolveIn('Phòng Văn hóa', cangLong, '2021-08-04');
    const first = result.best ?? result.alternatives[0];
    expect(first?.agency.id).toBe(`ag-${cangLong}-phong-vhtt-tt`);
    expect(first?.confidence).toBeLessThan(0.7);
  });

  it('does not take one party committee for another ("Ban Thường vụ" vs "Ban Tuyên giáo")', () => {
    expect(resolveIn('Ban Thường vụ Huyện ủy', ngocHoi, '2023-11-20').best).toBeNull();
  });

  it('accepts a partial name ("phong giao duc") with a confident match', () => {
    const result = resolveIn('phong giao duc', cangLong, '2021-08-04');
    expect(result.best?.agency.id).toBe(`ag-${cangLong}-phong-gddt`);
  });

  it('gives plural references no single agency', () => {
    for (const text of ['UBND các xã, thị trấn', 'Ủy ban nhân dân các xã', 'Các phòng, ban, ngành huyện']) {
      const result = resolveIn(text, thapMuoi, '2024-01-31');
      expect(result.best).toBeNull();
      expect(result.collective).toBe(true);
    }
  });

  it.each([
    'Kế hoạch phát triển kinh tế - xã hội',
    'Nghị quyết số 29-NQ/TW',
    'học sinh tốt nghiệp trung học cơ sở',
    'xyz',
    '',
    '   ',
    '2024',
  ])('finds nothing in unrelated text "%s"', (text) => {
    expect(resolveIn(text, thapMuoi, '2024-01-31').best).toBeNull();
  });
});

describe('preferences between candidates', () => {
  it('prefers the agency of the given unit over the same body elsewhere', () => {
    const result = resolveIn('Phòng LĐ-TB&XH', thapMuoi, '2024-01-31');
    expect(result.best?.confidence).toBe(1);
    expect(result.alternatives.every((match) => match.confidence < 1)).toBe(true);
  });

  it('prefers the province when the text says "tỉnh"', () => {
    expect(resolveIn('UBND tỉnh', ngocHoi, '2023-11-20').best?.agency.id).toBe('ag-op-tinh-kon-tum-ubnd');
    expect(resolveIn('UBND huyện', ngocHoi, '2023-11-20').best?.agency.id).toBe(`ag-${ngocHoi}-ubnd`);
  });

  it('prefers the agency valid at the date', () => {
    const old = makeAgencyCandidate({ name: 'Phòng Nội vụ huyện A', validTo: '2025-07-01' });
    const current = makeAgencyCandidate({ name: 'Phòng Nội vụ huyện A', validFrom: '2025-07-01' });
    const before = resolveAgency('Phòng Nội vụ', 'od-test.huyen-a', '2024-01-01', [old, current]);
    const after = resolveAgency('Phòng Nội vụ', 'od-test.huyen-a', '2026-01-01', [old, current]);
    expect(before.best?.agency.id).toBe(old.id);
    expect(after.best?.agency.id).toBe(current.id);
  });

  it('prefers the unit itself, then its nearest ancestor, then unrelated units', () => {
    const province = { id: 'p-1', name: 'Tỉnh B', level: 'province' as const };
    const region = { id: 'r-1', name: 'Tỉnh C', level: 'province' as const };
    const atProvince = makeAgencyCandidate({ name: 'Sở Y tế tỉnh B', adminUnit: province });
    const elsewhere = makeAgencyCandidate({ name: 'Sở Y tế tỉnh C', adminUnit: region });
    const result = resolveAgency('Sở Y tế', 'c-1', '2026-01-01', [elsewhere, atProvince], { ancestorUnitIds: ['p-1'] });
    expect(result.best?.agency.id).toBe(atProvince.id);
    expect(result.alternatives.map((match) => match.agency.id)).toEqual([elsewhere.id]);
  });

  it('lowers the confidence and returns alternatives when two bodies fit equally', () => {
    const a = makeAgencyCandidate({ name: 'Phòng Văn hóa - Thông tin huyện A' });
    const b = makeAgencyCandidate({ name: 'Phòng Văn hóa - Thể thao huyện A' });
    const result = resolveAgency('Phòng Văn hóa', 'od-test.huyen-a', '2024-01-01', [a, b]);
    expect(result.best).not.toBeNull();
    expect(result.best?.confidence).toBeLessThan(0.8);
    expect(result.alternatives).toHaveLength(1);
  });

  it('sorts alternatives by confidence', () => {
    const result = resolveIn('Phòng Lao động - Thương binh và Xã hội', thapMuoi, '2024-01-31');
    const confidences = result.alternatives.map((match) => match.confidence);
    expect([...confidences].sort((x, y) => y - x)).toEqual(confidences);
  });

  it('uses the place named in the text against the unit of the candidate', () => {
    const result = resolveAgency('Phòng Tư pháp huyện B', 'od-test.huyen-a', '2024-01-01', [
      makeAgencyCandidate({ id: 'ag-a', name: 'Phòng Tư pháp huyện A' }),
      makeAgencyCandidate({
        id: 'ag-b',
        name: 'Phòng Tư pháp huyện B',
        adminUnit: { id: 'od-test.huyen-b', name: 'Huyện B', level: 'district' },
      }),
    ]);
    expect(result.best?.agency.id).toBe('ag-b');
  });
});

describe('reorganised agencies', () => {
  it('reports the 2025 successors of Phòng LĐ-TB&XH huyện Tháp Mười with notes', () => {
    const result = resolveIn('Phòng Lao động - Thương binh và Xã hội huyện Tháp Mười', 'c-30037', '2026-01-15');
    expect(result.best?.agency.id).toBe('ag-od-tinh-dong-thap.huyen-thap-muoi-phong-ldtbxh');
    const successors = result.best?.successors ?? [];
    expect(successors.map((link) => link.agency.id).sort()).toEqual([
      'ag-c-30037-phong-vhxh',
      'ag-p-82-so-gddt',
      'ag-p-82-so-noi-vu',
    ]);
    expect(successors.find((link) => link.agency.id === 'ag-p-82-so-noi-vu')?.note).toMatch(/lao động/i);
    expect(successors.find((link) => link.agency.id === 'ag-p-82-so-gddt')?.note).toMatch(/nghề nghiệp/i);
  });

  it("does not report successors while the agency is still valid, unless asked for today's body", () => {
    expect(resolveIn('Phòng LĐ-TB&XH', thapMuoi, '2024-01-31').best?.successors).toEqual([]);
    const current = resolveIn('Phòng LĐ-TB&XH', thapMuoi, '2024-01-31', true).best?.successors ?? [];
    expect(current.map((link) => link.agency.id)).toContain('ag-p-82-so-noi-vu');
  });

  it('reports the new province bodies for the old Sở LĐ-TB&XH', () => {
    const result = resolveIn('Sở LĐ-TB&XH', ngocHoi, '2026-01-01');
    expect(result.best?.agency.id).toBe('ag-op-tinh-kon-tum-so-ldtbxh');
    expect(result.best?.successors.map((link) => link.agency.id).sort()).toEqual([
      'ag-p-51-so-gddt',
      'ag-p-51-so-noi-vu',
    ]);
  });

  it('follows a chain of reorganisations without looping', () => {
    const c = makeAgencyCandidate({ id: 'c', name: 'Phòng C', successors: [{ id: 'a', note: 'vòng' }] });
    const b = makeAgencyCandidate({
      id: 'b',
      name: 'Phòng B',
      validTo: '2024-01-01',
      successors: [{ id: 'c', note: 'sang C' }],
    });
    const a = makeAgencyCandidate({
      id: 'a',
      name: 'Phòng A',
      validTo: '2023-01-01',
      successors: [{ id: 'b', note: 'sang B' }],
    });
    const result = resolveAgency('Phòng A', 'od-test.huyen-a', '2025-01-01', [a, b, c]);
    expect(result.best?.successors.map((link) => link.agency.id)).toEqual(['b', 'c']);
  });
});

describe('compareTokens', () => {
  it('scores identical names 1 and disjoint names 0', () => {
    expect(compareTokens(['phong', 'y', 'te'], ['phong', 'y', 'te'])).toBe(1);
    expect(compareTokens(['ngan', 'hang'], ['phong', 'y', 'te'])).toBe(0);
    expect(compareTokens([], ['phong'])).toBe(0);
  });

  it('is symmetric and within 0..1 for any token lists', () => {
    const word = fc.constantFrom('phong', 'so', 'giao', 'duc', 'dao', 'tao', 'y', 'te', 'uy', 'ban');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(word, { maxLength: 8 }), (a, b) => {
        const ab = compareTokens(a, b);
        expect(ab).toBeGreaterThanOrEqual(0);
        expect(ab).toBeLessThanOrEqual(1);
        expect(ab).toBeCloseTo(compareTokens(b, a), 10);
      }),
    );
  });

  it('never throws and keeps confidence within 0..1 on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = resolveIn(text, thapMuoi, '2024-01-31');
        for (const match of [result.best, ...result.alternatives]) {
          if (!match) continue;
          expect(match.confidence).toBeGreaterThanOrEqual(0);
          expect(match.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveAgency for a body named without its place', () => {
  it('does not take another place\'s committee for "Ủy ban nhân dân xã"', () => {
    const result = resolveAgency('Ủy ban nhân dân xã', 'c-99999', '2026-01-10', buildSeedCandidates());
    expect(result.best).toBeNull();
  });
});
