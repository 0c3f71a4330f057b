import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildPlanDocx,
  buildScannedPdf,
  buildTextPdf,
  encodeWindows1258,
} from '../../../test/fixtures/documents/build-documents.ts';
import { runExtract } from './extract.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const samplePlan = path.join(repo, 'test/fixtures/documents/ke-hoach-dao-tao-nghe.txt');
let folder = '';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runExtract(args, { writeOut: (text) => (out += text), writeErr: (text) => (err += text) });
  return { code, out, err };
}

async function writeTemp(name: string, content: Uint8Array | string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, content);
  return file;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'nhanluc-extract-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('nhanluc extract', () => {
  it('prints the extraction of a text plan as one JSON object', async () => {
    const { code, out, err } = await run([samplePlan]);
    expect(code).toBe(0);
    expect(err).toBe('');
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['document', 'period', 'references', 'targets', 'tasks', 'reporting', 'warnings']),
    );
    expect(result.document).toMatchObject({ kind: 'KH', number: '87/KH-UBND', date: '2025-03-15' });
  });

  it('reads Windows-1258 files and reports the conversion among the warnings', async () => {
    // Vietnamese Windows writes most tones as a combining mark after the letter.
    const file = await writeTemp('cp1258.txt', encodeWindows1258(await readFile(samplePlan, 'utf8')));
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      document: { number: string };
      warnings: Array<{ code: string; message: string }>;
    };
    expect(result.document.number).toBe('87/KH-UBND');
    expect(result.warnings[0]).toMatchObject({
      code: 'document_read',
      message: expect.stringContaining('Windows-1258'),
    });
  });

  it('reads Word files', async () => {
    const file = await writeTemp('ke-hoach.docx', await buildPlanDocx());
    const { code, out } = await run([file]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveProperty('document.number', '416/KH-UBND');
  });

  it('refuses unreadable input with one Vietnamese line on stderr and nothing on stdout', async () => {
    const cases: Array<[string, RegExp]> = [
      [path.join(folder, 'khong-co.txt'), /^Lỗi: Không tìm thấy tệp: /],
      [folder, /là thư mục, không phải tệp/],
      [await writeTemp('trong.txt', ''), /^Lỗi: Tệp trống/],
      [
        await writeTemp('scan.pdf', await buildScannedPdf()),
        /^Lỗi: Tệp PDF là bản scan — cần nhận dạng chữ \(OCR\) trước/,
      ],
      [await writeTemp('bang.xlsx', 'x'), /^Lỗi: Định dạng tệp \(\.xlsx\) không được hỗ trợ/],
      [
        await writeTemp('latin1.txt', new Uint8Array(iconv.encode('Grüße aus Köln', 'latin1'))),
        /^Lỗi: Tệp không phải văn bản UTF-8/,
      ],
      [await writeTemp('thu.txt', 'Xin chào, hẹn gặp lại vào tuần sau.'), /^Lỗi: Không nhận ra cấu trúc kế hoạch/],
    ];
    for (const [file, message] of cases) {
      const { code, out, err } = await run([file]);
      expect({ file, code, out }).toEqual({ file, code: 1, out: '' });
      expect(err).toMatch(message);
      expect(err.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('explains its usage when the file is missing or extra arguments are given', async () => {
    expect(await run([])).toMatchObject({ code: 2, out: '', err: expect.stringContaining('Thiếu tệp') });
    expect(await run(['a.txt', 'b.txt'])).toMatchObject({ code: 2, out: '' });
    expect(await run(['--help'])).toMatchObject({ code: 0, out: '', err: expect.stringContaining('nhanluc extract') });
  });

  it('through the real command keeps stdout to the JSON alone (PDF via pdf.js)', async () => {
    const file = await writeTemp(
      'ke-hoach.pdf',
      await buildTextPdf([
        ['KE HOACH', 'Phat trien nguon nhan luc nam 2025', 'I. CHI TIEU', '1. Ty le lao dong qua dao tao dat 70%.'],
      ]),
    );
    // From the sources: tests never wait for a build (the compiled path is checked by
    // npm ci's build and bench cli.extract).
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(repo, 'bin/nhanluc.mjs'), 'extract', file],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NHANLUC_FROM_SOURCE: '1' },
      },
    );
    expect(() => JSON.parse(stdout) as unknown).not.toThrow();
    expect(stdout.trimStart().startsWith('{')).toBe(true);
  });
});
