import { describe, expect, it } from 'vitest';
import { ApiError, type ApiProblem } from '../../../api/http.ts';
import { limitProblems, maxShownProblems, readUploadFailure, templateFileName } from './value-file-problems.ts';

const problem = (row: number, needsConfirmation = false): ApiProblem => ({
  field: 'file',
  message: `Dòng ${row}, cột 'Số lao động (người)': không phải là số.`,
  needsConfirmation,
});

describe('limitProblems', () => {
  it('lists every problem when there are few', () => {
    const problems = [problem(4), problem(5)];
    expect(limitProblems(problems)).toEqual({ shown: problems, hidden: 0 });
    expect(limitProblems([])).toEqual({ shown: [], hidden: 0 });
  });

  it('lists the first fifty and counts the rest', () => {
    const problems = Array.from({ length: 120 }, (_, index) => problem(index + 4));
    const list = limitProblems(problems);
    expect(maxShownProblems).toBe(50);
    expect(list.shown).toHaveLength(50);
    expect(list.shown[0]).toBe(problems[0]);
    expect(list.shown[49]).toBe(problems[49]);
    expect(list.hidden).toBe(70);
  });

  it('takes a smaller limit, never a negative one', () => {
    const problems = [problem(4), problem(5), problem(6)];
    expect(limitProblems(problems, 1)).toEqual({ shown: [problems[0]], hidden: 2 });
    expect(limitProblems(problems, -3)).toEqual({ shown: [], hidden: 3 });
  });
});

describe('readUploadFailure', () => {
  it('keeps the server’s message and problems of a refused file', () => {
    const problems = [problem(5)];
    const error = new ApiError(400, 'invalid_values', 'Chưa nhập số liệu nào: mẫu có 1 lỗi.', 'file', problems);
    expect(readUploadFailure(error)).toEqual({
      message: 'Chưa nhập số liệu nào: mẫu có 1 lỗi.',
      problems,
      needsConfirmation: false,
    });
  });

  it('offers to confirm when only jumps are in the way', () => {
    const byCode = new ApiError(400, 'needs_confirmation', 'Chưa nhập số liệu nào: 1 ô cần xác nhận.', 'file', [
      problem(7, true),
    ]);
    expect(readUploadFailure(byCode)?.needsConfirmation).toBe(true);
    const byProblems = new ApiError(400, 'invalid_values', 'x', 'file', [problem(7, true), problem(8, true)]);
    expect(readUploadFailure(byProblems)?.needsConfirmation).toBe(true);
    const mixed = new ApiError(400, 'invalid_values', 'x', 'file', [problem(7, true), problem(8)]);
    expect(readUploadFailure(mixed)?.needsConfirmation).toBe(false);
    // A refusal without problems (not a template, empty template) is never a confirmation.
    expect(readUploadFailure(new ApiError(400, 'not_a_template', 'x', 'file'))?.needsConfirmation).toBe(false);
  });

  it('leaves network failures, lost sessions and server faults to the usual notification', () => {
    expect(readUploadFailure(new ApiError(0, 'network', ''))).toBeNull();
    expect(readUploadFailure(new ApiError(401, 'unauthenticated', 'x'))).toBeNull();
    expect(readUploadFailure(new ApiError(503, 'busy', 'x'))).toBeNull();
    expect(readUploadFailure(new Error('boom'))).toBeNull();
    // A file too large or too slow to read is about the file: shown in the card.
    expect(readUploadFailure(new ApiError(413, 'spreadsheet_too_large', 'Tệp lớn hơn 5 MB'))?.message).toBe(
      'Tệp lớn hơn 5 MB',
    );
  });
});

describe('templateFileName', () => {
  it('uses the server’s name, else one naming the plan and period', () => {
    expect(templateFileName('Mẫu số liệu 2026.xlsx', 'p1', '2026')).toBe('Mẫu số liệu 2026.xlsx');
    expect(templateFileName(null, 'p1', '2026')).toBe('mau-so-lieu-p1-2026.xlsx');
  });
});
