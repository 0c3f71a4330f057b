import { describe, expect, it } from 'vitest';
import { csvColumns, formatValuesCsv, parseCsvRecords, readValuesCsv } from './values-csv.ts';

const row = {
  dataElement: 'labour-employed',
  period: '2026',
  orgUnit: 't-c1',
  categoryOptionCombo: 'default',
  value: '1200',
  storedBy: 'an',
  lastUpdated: '2026-01-05T00:00:00.000Z',
  dataElementName: 'Số lao động, "có việc làm"',
  orgUnitName: 'Xã An Hòa',
};

describe('values CSV', () => {
  it('starts with a byte-order mark and the documented header, CRLF line ends', () => {
    const text = formatValuesCsv([row]);
    expect(text.startsWith('\uFEFFdataelement,period,orgunit,catoptcombo,value,')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`\uFEFF${csvColumns.join(',')}`);
    expect(text).toContain('"Số lao động, ""có việc làm"""');
  });
  it('reads back what it writes', () => {
    const read = readValuesCsv(formatValuesCsv([row, { ...row, categoryOptionCombo: 'sex=female', value: '600' }]));
    expect(read).toEqual({
      ok: true,
      lines: [2, 3],
      rows: [
        expect.objectContaining({
          dataElement: 'labour-employed',
          period: '2026',
          orgUnit: 't-c1',
          categoryOptionCombo: 'default',
          value: '1200',
        }),
        expect.objectContaining({ categoryOptionCombo: 'sex=female', value: '600' }),
      ],
    });
  });
  it('reads semicolon files, columns in any order, and skips blank lines', () => {
    const read = readValuesCsv('Value;OrgUnit;Period;DataElement\r\n7;t-c1;2026;labour-employed\r\n;;;\r\n');
    expect(read).toMatchObject({
      ok: true,
      lines: [2],
      rows: [{ value: '7', orgUnit: 't-c1', dataElement: 'labour-employed' }],
    });
  });
  it('names a missing column and an open quote', () => {
    expect(readValuesCsv('dataelement,period,value\r\n')).toMatchObject({
      ok: false,
      message: expect.stringContaining('orgunit'),
    });
    expect(parseCsvRecords('a,b\n"c,d\n', ',')).toEqual({
      ok: false,
      message: 'Dòng 2: dấu ngoặc kép (") mở mà không đóng.',
    });
    expect(readValuesCsv('')).toMatchObject({ ok: false });
  });
});
