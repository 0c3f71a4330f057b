// Checks a catalogue before it is used: unique slugs, references that exist, factors that
// match the unit, aggregations that make sense. Messages in Vietnamese (English second).

import type { Catalogue, DataElement, Indicator } from './types.ts';

export interface CatalogueIssue {
  /** "indicators[3].formula.numerator" */
  path: string;
  message: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** National statistical indicator codes are four digits ("0205"), optionally with a suffix. */
const OFFICIAL_CODE = /^\d{4}(?:\.\d+)?$/;
/** The factor each rate unit needs; every other unit is a count (factor 1). */
const RATE_FACTORS: Record<string, number> = { '%': 100, per10k: 10_000 };

/** Every problem in the catalogue; an empty list means it is usable. */
export function validateCatalogue(catalogue: Catalogue): CatalogueIssue[] {
  const elements = new Map<string, DataElement>();
  const issues: CatalogueIssue[] = [];
  catalogue.dataElements.forEach((element, index) => {
    const path = `dataElements[${index}]`;
    issues.push(...checkSlug(element.id, path, elements.has(element.id)));
    if (!element.name.vi.trim())
      issues.push({ path: `${path}.name.vi`, message: 'Thiếu tên tiếng Việt (missing name)' });
    if (new Set(element.disaggregations).size !== element.disaggregations.length) {
      issues.push({ path: `${path}.disaggregations`, message: 'Phân tổ bị lặp (duplicate disaggregation)' });
    }
    elements.set(element.id, element);
  });
  const indicatorIds = new Set<string>();
  catalogue.indicators.forEach((indicator, index) => {
    const path = `indicators[${index}]`;
    issues.push(...checkSlug(indicator.id, path, indicatorIds.has(indicator.id)));
    indicatorIds.add(indicator.id);
    issues.push(...checkIndicator(indicator, path, elements));
  });
  return issues;
}

function checkSlug(id: string, path: string, taken: boolean): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (!SLUG.test(id)) issues.push({ path: `${path}.id`, message: `Mã "${id}" không đúng dạng slug (not a slug)` });
  if (taken) issues.push({ path: `${path}.id`, message: `Mã "${id}" bị trùng (duplicate id)` });
  return issues;
}

function checkIndicator(indicator: Indicator, path: string, elements: Map<string, DataElement>): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  if (indicator.code !== null && !OFFICIAL_CODE.test(indicator.code)) {
    issues.push({ path: `${path}.code`, message: `Mã chỉ tiêu thống kê "${indicator.code}" không hợp lệ (bad code)` });
  }
  if (!indicator.name.vi.trim())
    issues.push({ path: `${path}.name.vi`, message: 'Thiếu tên tiếng Việt (missing name)' });
  if (!indicator.definition.trim()) {
    issues.push({ path: `${path}.definition`, message: 'Thiếu định nghĩa (missing definition)' });
  }
  const formula = indicator.formula;
  const rateFactor = RATE_FACTORS[indicator.unit];
  if (formula.kind === 'ratio') {
    for (const part of ['numerator', 'denominator'] as const) {
      if (!elements.has(formula[part])) {
        issues.push({
          path: `${path}.formula.${part}`,
          message: `Không có dữ liệu "${formula[part]}" (unknown data element)`,
        });
      }
    }
    if (formula.numerator === formula.denominator) {
      issues.push({ path: `${path}.formula`, message: 'Tử số trùng mẫu số (numerator equals denominator)' });
    }
    if (formula.factor !== (rateFactor ?? 1)) {
      issues.push({
        path: `${path}.formula.factor`,
        message: `Hệ số ${formula.factor} không khớp đơn vị "${indicator.unit}" (factor does not match unit)`,
      });
    }
    if (indicator.aggregation !== 'ratio') {
      issues.push({
        path: `${path}.aggregation`,
        message: 'Chỉ số tỷ lệ phải tính từ tổng tử số và mẫu số (a ratio is never summed or averaged)',
      });
    }
    return issues;
  }
  const element = elements.get(formula.dataElement);
  if (!element) {
    issues.push({
      path: `${path}.formula.dataElement`,
      message: `Không có dữ liệu "${formula.dataElement}" (unknown data element)`,
    });
  }
  if (rateFactor !== undefined || formula.factor !== 1) {
    issues.push({
      path: `${path}.unit`,
      message: `Chỉ số đếm không thể có đơn vị "${indicator.unit}" (a count has factor 1 and no rate unit)`,
    });
  }
  if (indicator.aggregation === 'ratio') {
    issues.push({
      path: `${path}.aggregation`,
      message: 'Chỉ số đếm cần cách tổng hợp (a count needs an aggregation)',
    });
  } else if (element && element.aggregation.acrossPeriods !== indicator.aggregation.acrossPeriods) {
    issues.push({
      path: `${path}.aggregation`,
      message: 'Cách tổng hợp theo kỳ khác với dữ liệu gốc (period aggregation differs from the data element)',
    });
  }
  return issues;
}
