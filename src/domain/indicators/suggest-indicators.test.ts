// Every target of the five seed plans links to the right indicator as the top suggestion.
// The table is a person's judgement, written by reading each target; the suggester knows
// nothing of it (no target text appears in the catalogue or the matching terms).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanContent } from '../plans/plan-model.ts';
import { foldDiacritics } from '../text/fold-diacritics.ts';
import { seedCatalogue } from './catalogue/index.ts';
import { indexCatalogueForSuggestions, suggestIndicators } from './suggest-indicators.ts';

const GOLD = join(import.meta.dirname, '../../../test/fixtures/seed-gold');

/** plan file prefix → target id → indicator id. */
const EXPECTED: Record<string, Record<string, string>> = {
  // 416/KH-UBND, Tháp Mười 2024
  '000': {
    t1: 'edu-enrolment-creche',
    t2: 'edu-enrolment-kindergarten',
    t3: 'edu-enrolment-kindergarten-age5',
    t4: 'edu-enrolment-primary',
    t5: 'edu-enrolment-lower-secondary',
    t6: 'edu-enrolment-upper-secondary',
    t7: 'edu-lower-secondary-to-vet-rate',
    t8: 'health-under5-underweight-rate',
    t9: 'health-under5-stunting-rate',
    t10: 'edu-national-standard-schools',
    t11: 'edu-universal-education-rate',
    t12: 'edu-upper-secondary-to-higher-education-rate',
    t13: 'edu-students-per10k',
    t14: 'labour-trained-rate',
    t15: 'labour-vocational-trained-rate',
    t16: 'employment-job-referrals',
    t17: 'employment-overseas-contract-workers',
    t18: 'officials-trained-political-theory',
    t19: 'edu-managers-standard-rate',
    // "công chức, viên chức" of the education sector, parent of the teacher rates below.
    t20: 'officials-professional-standard-rate',
    t21: 'edu-teachers-preschool-standard-rate',
    t22: 'edu-teachers-primary-standard-rate',
    t23: 'edu-teachers-lower-secondary-standard-rate',
    t24: 'officials-grade-standard-rate',
    t25: 'edu-teaching-online-rate',
    t26: 'edu-e-school-record-rate',
    t27: 'edu-e-contact-book-rate',
  },
  // 60/KH-UBND 2025
  '001': {
    t1: 'officials-grade-standard-rate',
    t2: 'edu-staff-training-level-rate',
    t3: 'officials-commune-qualified-rate',
    t4: 'officials-young-leaders-postgraduate-rate',
    t5: 'health-doctors-per10k',
    t6: 'health-nurses-per10k',
    t7: 'health-stations-staffed-rate',
    t8: 'health-staff-trained-rate',
    t9: 'labour-trained-rate',
    t10: 'labour-trained-key-sectors-rate',
    t11: 'enterprise-managers-trained-rate',
    t12: 'scientists-per10k',
    t13: 'edu-enrolment-primary',
    t14: 'edu-enrolment-lower-secondary',
    t15: 'edu-career-guidance-rate',
  },
  // 118/KH-UBND 2024
  '002': {
    t1: 'edu-lower-secondary-to-vet-rate',
    t2: 'edu-upper-secondary-to-vet-rate',
    t3: 'vet-graduates-meeting-employer-needs-rate',
    // Three rates in one sentence; the one with a catalogue definition is admission.
    t4: 'edu-upper-secondary-to-higher-education-rate',
    // "huy động trẻ ra lớp, xóa mù chữ": enrolment first; literacy is t6's standard.
    t5: 'edu-enrolment-all',
    t6: 'edu-universal-education-rate',
  },
  '003': {
    t1: 'edu-lower-secondary-to-vet-rate',
    t2: 'labour-retrained-rate',
    t3: 'labour-skills-meeting-market-rate',
    t4: 'vet-graduates-employed-rate',
  },
  '004': {
    // "học sinh trung học" (THCS and THPT) into VET: the national strategy's combined rate.
    t1: 'edu-secondary-to-vet-rate',
    t2: 'labour-retrained-rate',
    t3: 'labour-trained-rate',
  },
};

const plans = readdirSync(GOLD)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => ({
    prefix: name.slice(0, 3),
    content: JSON.parse(readFileSync(join(GOLD, name), 'utf8')) as PlanContent,
  }));
const index = indexCatalogueForSuggestions(seedCatalogue);

describe('suggestIndicators on the seed plans', () => {
  it('has an expected indicator for every seed target, and each exists', () => {
    const ids = new Set(seedCatalogue.indicators.map((indicator) => indicator.id));
    for (const { prefix, content } of plans) {
      expect(Object.keys(EXPECTED[prefix] ?? {}).sort()).toEqual(content.targets.map((target) => target.id).sort());
      for (const id of Object.values(EXPECTED[prefix] ?? {})) expect(ids.has(id), id).toBe(true);
    }
  });

  it('learns nothing from the targets: no alias repeats a seed subject (names may: they are the official ones)', () => {
    const catalogueTexts = new Set(
      seedCatalogue.indicators.flatMap((indicator) => indicator.aliases).map(foldDiacritics),
    );
    for (const { content } of plans) {
      for (const target of content.targets) expect(catalogueTexts.has(foldDiacritics(target.subject))).toBe(false);
    }
  });

  for (const { prefix, content } of plans) {
    for (const target of content.targets) {
      it(`${prefix} ${target.id}: ${target.subject}`, () => {
        const [top, second] = suggestIndicators(target, index);
        expect(top?.indicatorId).toBe(EXPECTED[prefix]?.[target.id]);
        expect(top!.score).toBeGreaterThan(0.45);
        expect(top!.score).toBeGreaterThan(second?.score ?? 0);
        expect(top!.reasons.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('suggestIndicators in general', () => {
  it('keeps the two official trained-labour indicators apart', () => {
    const [broad] = suggestIndicators({ subject: 'Tỷ lệ lao động đã qua đào tạo', unit: 'percent' }, index);
    const [certified] = suggestIndicators(
      { subject: 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', unit: 'percent' },
      index,
    );
    const [certifiedToo] = suggestIndicators(
      { subject: 'tỷ lệ lao động có văn bằng, chứng chỉ', unit: 'percent' },
      index,
    );
    expect(broad?.indicatorId).toBe('labour-trained-rate');
    expect(certified?.indicatorId).toBe('labour-certified-rate');
    expect(certifiedToo?.indicatorId).toBe('labour-certified-rate');
  });

  it('ignores diacritics, case and abbreviations', () => {
    const [top] = suggestIndicators({ subject: 'TY LE GIAO VIEN THCS DAT CHUAN CHUYEN MON', unit: 'percent' }, index);
    expect(top?.indicatorId).toBe('edu-teachers-lower-secondary-standard-rate');
  });

  it('prefers indicators in the target unit ("vạn dân" means per 10,000)', () => {
    const [perTenThousand] = suggestIndicators({ subject: 'Số bác sĩ trên vạn dân', unit: null }, index);
    expect(perTenThousand?.indicatorId).toBe('health-doctors-per10k');
    expect(perTenThousand?.reasons).toContain('Cùng đơn vị tính (trên vạn dân)');
    const [count] = suggestIndicators({ subject: 'lao động đi làm việc ở nước ngoài', unit: 'count' }, index);
    expect(count?.indicatorId).toBe('employment-overseas-contract-workers');
  });

  it('gives unrelated targets low scores', () => {
    for (const subject of [
      'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều',
      'Tốc độ tăng trưởng kinh tế (GRDP)',
      'Tỷ lệ che phủ rừng',
      'Số km đường giao thông nông thôn được bê tông hóa',
    ]) {
      const [top] = suggestIndicators({ subject, unit: 'percent' }, index);
      expect(top?.score ?? 0, subject).toBeLessThan(0.3);
    }
  });

  it('explains suggestions in Vietnamese', () => {
    const [top] = suggestIndicators({ subject: 'Số lao động được giới thiệu việc làm', unit: 'count' }, index);
    expect(top?.reasons).toEqual(['Trùng cụm từ: lao động, giới thiệu việc làm', 'Cùng đơn vị tính (số lượng)']);
  });
});
