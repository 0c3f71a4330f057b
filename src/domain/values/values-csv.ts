// Values as CSV: the DHIS2 dataValueSets columns (lower-case, as DHIS2's CSV import names
// them) plus two columns of names for people, UTF-8 with a byte-order mark so Excel opens
// Vietnamese text correctly, CRLF line ends, RFC 4180 quoting. Reading goes by header name
// (case-insensitive, any order, extra columns ignored), comma or semicolon separated (Excel in
// some locales saves with ";"). Decision 0024.
import type { Dhis2DataValue, IncomingDataValue } from './dhis2-data-values.ts';

export const csvColumns = [
  'dataelement',
  'period',
  'orgunit',
  'catoptcombo',
  'value',
  'storedby',
  'lastupdated',
  'dataelementname',
  'orgunitname',
] as const;

const requiredColumns = ['dataelement', 'period', 'orgunit', 'value'] as const;
const byteOrderMark = '\uFEFF';

export interface CsvDataValue extends Dhis2DataValue {
  dataElementName: string;
  orgUnitName: string;
}

/** A field quoted when it holds a separator, a quote or a line break; a leading =+-@ is defused for spreadsheets. */
function quoteField(text: string): string {
  const safe = /^[=+@]/.test(text) || (/^-/.test(text) && !/^-?\d/.test(text)) ? `'${text}` : text;
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatValuesCsv(rows: readonly CsvDataValue[]): string {
  const lines = [csvColumns.join(',')];
  for (const row of rows)
    lines.push(
      [
        row.dataElement,
        row.period,
        row.orgUnit,
        row.categoryOptionCombo,
        row.value,
        row.storedBy ?? '',
        row.lastUpdated ?? '',
        row.dataElementName,
        row.orgUnitName,
      ]
        .map(quoteField)
        .join(','),
    );
  return `${byteOrderMark}${lines.join('\r\n')}\r\n`;
}

export type ParsedCsv = { ok: true; records: string[][] } | { ok: false; message: string };

/** RFC 4180 records; a quote left open is an error naming its line. */
export function parseCsvRecords(text: string, separator: ',' | ';'): ParsedCsv {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += char;
  }
  if (quoted) return { ok: false, message: `Dòng ${quoteLine}: dấu ngoặc kép (") mở mà không đóng.` };
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return { ok: true, records };
}

export type ReadValuesCsv = { ok: true; rows: IncomingDataValue[]; lines: number[] } | { ok: false; message: string };

/** CSV text -> incoming DHIS2 rows, with the file line of each (header is line 1). */
export function readValuesCsv(input: string): ReadValuesCsv {
  const text = input.startsWith(byteOrderMark) ? input.slice(1) : input;
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const separator = firstLine.includes(',') || !firstLine.includes(';') ? ',' : ';';
  const parsed = parseCsvRecords(text, separator);
  if (!parsed.ok) return parsed;
  const [header, ...records] = parsed.records;
  if (!header) return { ok: false, message: 'Tệp CSV trống: cần dòng tiêu đề và các dòng số liệu.' };
  const names = header.map((name) => name.trim().toLowerCase().replace(/_/g, ''));
  const alias = (name: string) => (name === 'categoryoptioncombo' ? 'catoptcombo' : name);
  const position = new Map(names.map((name, index) => [alias(name), index]));
  const missing = requiredColumns.filter((name) => !position.has(name));
  if (missing.length > 0)
    return {
      ok: false,
      message: `Dòng 1 (tiêu đề) thiếu cột ${missing.join(', ')}; cần các cột ${csvColumns.join(',')}.`,
    };
  const at = (record: string[], name: string) => {
    const index = position.get(name);
    return index === undefined ? undefined : record[index];
  };
  const rows: IncomingDataValue[] = [];
  const lines: number[] = [];
  records.forEach((record, index) => {
    if (record.every((field) => field.trim() === '')) return;
    rows.push({
      dataElement: at(record, 'dataelement') ?? '',
      period: at(record, 'period') ?? '',
      orgUnit: at(record, 'orgunit') ?? '',
      categoryOptionCombo: at(record, 'catoptcombo'),
      attributeOptionCombo: at(record, 'attroptcombo'),
      value: at(record, 'value') ?? '',
      deleted: at(record, 'deleted')?.trim().toLowerCase() === 'true',
    });
    lines.push(index + 2);
  });
  return { ok: true, rows, lines };
}
