import { describe, expect, it } from 'vitest';
import {
  buildDataGrid,
  buildKeyGrid,
  columnLetters,
  type GridCell,
  readTemplateKey,
  readTemplateValues,
  type TemplateLayout,
} from './value-template.ts';

const layout: TemplateLayout = {
  title: 'Mẫu',
  key: {
    planId: 'plan-1',
    period: '2025',
    calendarId: 'calendar-year',
    columns: ['labour-employed', 'labour-employed-trained'],
  },
  columns: [
    { dataElementId: 'labour-employed', disaggregation: '', name: 'Số lao động có việc làm', unit: 'người' },
    { dataElementId: 'labour-employed-trained', disaggregation: '', name: 'Số lao động qua đào tạo', unit: 'người' },
  ],
  units: [
    { id: 't-c1', name: 'Xã An Hòa' },
    { id: 't-c2', name: 'Xã Bình Minh' },
  ],
  values: new Map([['t-c1|labour-employed', 100]]),
};

const grid = () => buildDataGrid(layout) as GridCell[][];

describe('value template grids', () => {
  it('reads its own key back', () => {
    expect(readTemplateKey(buildKeyGrid(layout.key))).toEqual({ ok: true, key: layout.key });
    expect(readTemplateKey(undefined)).toMatchObject({ ok: false });
    expect(readTemplateKey([['something else']])).toMatchObject({ ok: false });
  });
  it('turns every filled cell into a value labelled by row and column', () => {
    const rows = grid();
    rows[4]![3] = '12.5';
    const read = readTemplateValues(rows, layout.key);
    expect(read).toEqual({
      ok: true,
      cells: [
        expect.objectContaining({
          dataElement: 'labour-employed',
          orgUnit: 't-c1',
          period: '2025',
          value: 100,
          label: "Dòng 4, cột 'Số lao động có việc làm (người)'",
        }),
        expect.objectContaining({
          dataElement: 'labour-employed-trained',
          orgUnit: 't-c2',
          value: 12.5,
          label: "Dòng 5, cột 'Số lao động qua đào tạo (người)'",
        }),
      ],
    });
  });
  it('refuses text in a number cell, a row without its unit id and an altered code row, naming row and column', () => {
    const rows = grid();
    rows[4]![3] = 'nhiều';
    rows.push([null, 'Xã lạ', 5, null]);
    const read = readTemplateValues(rows, layout.key);
    expect(read).toMatchObject({ ok: false });
    const messages = read.ok ? [] : read.problems.map((problem) => problem.message);
    expect(messages[0]).toBe(
      "Dòng 5, cột 'Số lao động qua đào tạo (người)': «nhiều» không phải là số; hãy nhập một số (ví dụ 120 hoặc 12,5 theo định dạng số của Excel).",
    );
    expect(messages[1]).toContain('Dòng 6: thiếu mã đơn vị');
    const altered = grid();
    altered[2]![2] = 'khac';
    expect(readTemplateValues(altered, layout.key)).toMatchObject({ ok: false, problems: [{ row: 3 }] });
  });
  it('names columns by letter', () => {
    expect([1, 3, 26, 27, 52].map(columnLetters)).toEqual(['A', 'C', 'Z', 'AA', 'AZ']);
  });
});
