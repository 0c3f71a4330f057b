// Checks a reviewed draft before it is saved or confirmed. Structure (types, enums) is the
// API schema's job; this checks what only makes sense across fields and items, and names
// the item in Vietnamese so the reviewer can find it.
import { dueExamples } from './due-labels.ts';
import type { PlanContent } from './plan-model.ts';
import { scheduleOnce } from './schedule-task-due.ts';

export interface PlanFieldError {
  /** Path in the request body, e.g. "extraction.targets.3.value2". */
  field: string;
  message: string;
}

const needsValue = new Set(['gte', 'gt', 'lte', 'lt', 'eq', 'range', 'approx']);
const isPlausibleYear = (year: number) => Number.isInteger(year) && year >= 1945 && year <= 2100;

function isRealDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

function checkYear(errors: PlanFieldError[], field: string, label: string, year: number | null): void {
  if (year !== null && !isPlausibleYear(year))
    errors.push({ field, message: `${label}: năm ${year} không hợp lý (cần từ 1945 đến 2100).` });
}

function checkDocument(extraction: PlanContent, errors: PlanFieldError[]): void {
  const { document, period } = extraction;
  if (document.date !== null && !isRealDate(document.date)) {
    errors.push({
      field: 'extraction.document.date',
      message: `Ngày ban hành "${document.date}" không phải ngày có thật (dạng YYYY-MM-DD).`,
    });
  }
  checkYear(errors, 'extraction.document.year', 'Năm ban hành', document.year);
  if (
    document.date !== null &&
    document.year !== null &&
    isRealDate(document.date) &&
    Number(document.date.slice(0, 4)) !== document.year
  ) {
    errors.push({
      field: 'extraction.document.year',
      message: `Năm ban hành (${document.year}) không khớp với ngày ban hành (${document.date}).`,
    });
  }
  checkYear(errors, 'extraction.period.from', 'Thời kỳ kế hoạch (từ năm)', period.from);
  checkYear(errors, 'extraction.period.to', 'Thời kỳ kế hoạch (đến năm)', period.to);
  if (period.from !== null && period.to !== null && period.from > period.to) {
    errors.push({
      field: 'extraction.period.to',
      message: `Thời kỳ kế hoạch: năm kết thúc (${period.to}) trước năm bắt đầu (${period.from}).`,
    });
  }
  for (const [i, year] of period.horizons.entries())
    checkYear(errors, `extraction.period.horizons.${i}`, 'Năm định hướng', year);
}

function checkTargets(extraction: PlanContent, errors: PlanFieldError[]): void {
  const ids = new Map<string, number>();
  extraction.targets.forEach((target, i) => {
    const at = `extraction.targets.${i}`;
    const label = `Chỉ tiêu ${target.id || i + 1}`;
    if (target.id.trim() === '') errors.push({ field: `${at}.id`, message: `Chỉ tiêu thứ ${i + 1} thiếu mã (id).` });
    else if (ids.has(target.id)) errors.push({ field: `${at}.id`, message: `Mã chỉ tiêu "${target.id}" bị trùng.` });
    else ids.set(target.id, i);
    if (target.text.trim() === '')
      errors.push({ field: `${at}.text`, message: `${label}: nội dung không được để trống.` });
    if (needsValue.has(target.op) && target.value === null)
      errors.push({ field: `${at}.value`, message: `${label}: cần giá trị (value) cho phép so sánh đã chọn.` });
    if (target.op === 'range') {
      if (target.value2 === null)
        errors.push({ field: `${at}.value2`, message: `${label}: khoảng giá trị cần giá trị trên (value2).` });
      else if (target.value !== null && target.value > target.value2) {
        errors.push({
          field: `${at}.value2`,
          message: `${label}: giá trị trên (${target.value2}) nhỏ hơn giá trị dưới (${target.value}).`,
        });
      }
    } else if (target.value2 !== null) {
      errors.push({
        field: `${at}.value2`,
        message: `${label}: chỉ khoảng giá trị (range) mới có giá trị trên (value2).`,
      });
    }
    if (target.unit === 'percent' && target.op !== 'increase' && target.op !== 'decrease') {
      for (const [key, value] of [
        ['value', target.value],
        ['value2', target.value2],
      ] as const) {
        if (value !== null && (value < 0 || value > 100))
          errors.push({ field: `${at}.${key}`, message: `${label}: tỷ lệ ${value}% phải từ 0 đến 100.` });
      }
    }
    if (target.value !== null && target.value < 0 && target.unit !== 'percent') {
      errors.push({ field: `${at}.value`, message: `${label}: giá trị không được âm.` });
    }
    checkYear(errors, `${at}.year`, label, target.year);
  });
  extraction.targets.forEach((target, i) => {
    if (target.parent === null) return;
    const at = `extraction.targets.${i}.parent`;
    if (target.parent === target.id)
      errors.push({ field: at, message: `Chỉ tiêu ${target.id}: không thể là chỉ tiêu con của chính nó.` });
    else if (!ids.has(target.parent))
      errors.push({ field: at, message: `Chỉ tiêu ${target.id}: chỉ tiêu cha "${target.parent}" không tồn tại.` });
  });
  // "trong đó" chains must end: a cycle would make the tree endless.
  const parentOf = new Map(extraction.targets.map((target) => [target.id, target.parent]));
  extraction.targets.forEach((target, i) => {
    const seen = new Set<string>([target.id]);
    let current = target.parent;
    while (current !== null && current !== undefined && ids.has(current)) {
      if (seen.has(current)) {
        errors.push({
          field: `extraction.targets.${i}.parent`,
          message: `Chỉ tiêu ${target.id}: quan hệ cha – con bị vòng lặp.`,
        });
        return;
      }
      seen.add(current);
      current = parentOf.get(current) ?? null;
    }
  });
}

function checkTasks(extraction: PlanContent, errors: PlanFieldError[]): void {
  const ids = new Set<string>();
  extraction.tasks.forEach((task, i) => {
    const at = `extraction.tasks.${i}`;
    const label = `Nhiệm vụ ${task.id || i + 1}`;
    if (task.id.trim() === '') errors.push({ field: `${at}.id`, message: `Nhiệm vụ thứ ${i + 1} thiếu mã (id).` });
    else if (ids.has(task.id)) errors.push({ field: `${at}.id`, message: `Mã nhiệm vụ "${task.id}" bị trùng.` });
    ids.add(task.id);
    if (task.text.trim() === '')
      errors.push({ field: `${at}.text`, message: `${label}: nội dung không được để trống.` });
    task.lead.forEach((name, j) => {
      if (name.trim() === '')
        errors.push({ field: `${at}.lead.${j}`, message: `${label}: tên cơ quan chủ trì không được để trống.` });
    });
    task.support.forEach((name, j) => {
      if (name.trim() === '')
        errors.push({ field: `${at}.support.${j}`, message: `${label}: tên cơ quan phối hợp không được để trống.` });
    });
    const due = task.due;
    if (due?.kind === 'once' && scheduleOnce(due.by) === null) {
      errors.push({
        field: `${at}.due.by`,
        message: `${label}: thời hạn "${due.by}" không hợp lệ (ghi như ${dueExamples}).`,
      });
    }
    if (
      due?.kind === 'recurring' &&
      due.month !== null &&
      (!Number.isInteger(due.month) || due.month < 1 || due.month > 12)
    ) {
      errors.push({ field: `${at}.due.month`, message: `${label}: tháng ${due.month} phải từ 1 đến 12.` });
    }
  });
}

function checkReporting(extraction: PlanContent, errors: PlanFieldError[]): void {
  extraction.reporting.forEach((duty, i) => {
    if (duty.due === null) return;
    const match = /^(\d{2})(?:-(\d{2}))?$/.exec(duty.due);
    const month = Number(match?.[1]);
    const day = match?.[2] === undefined ? 1 : Number(match[2]);
    const valid =
      match !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(2024, month, 0)).getUTCDate();
    if (!valid) {
      errors.push({
        field: `extraction.reporting.${i}.due`,
        message: `Chế độ báo cáo thứ ${i + 1}: hạn "${duty.due}" không hợp lệ (ghi ngày/tháng như 15/12, hoặc tháng như Tháng 12).`,
      });
    }
  });
}

function checkReferences(extraction: PlanContent, errors: PlanFieldError[]): void {
  extraction.references.forEach((reference, i) => {
    const at = `extraction.references.${i}`;
    if (reference.number.trim() === '')
      errors.push({ field: `${at}.number`, message: `Văn bản dẫn chiếu thứ ${i + 1}: cần số hiệu văn bản.` });
    if (reference.date !== null && !isRealDate(reference.date)) {
      errors.push({
        field: `${at}.date`,
        message: `Văn bản dẫn chiếu ${reference.number}: ngày "${reference.date}" không phải ngày có thật.`,
      });
    }
  });
}

/** Every problem found, in document order; [] when the draft can be saved and confirmed. */
export function validatePlanExtraction(extraction: PlanContent): PlanFieldError[] {
  const errors: PlanFieldError[] = [];
  checkDocument(extraction, errors);
  checkReferences(extraction, errors);
  checkTargets(extraction, errors);
  checkTasks(extraction, errors);
  checkReporting(extraction, errors);
  return errors;
}
