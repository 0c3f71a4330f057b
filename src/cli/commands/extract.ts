// `nhanluc extract FILE`: the headless door to plan extraction (contract:
// ../shared/contracts/plan-extract.md). Prints exactly one JSON object on stdout and
// exits 0 for any readable document; a file that cannot be read gets one Vietnamese line
// on stderr and exit 1. Scorers parse stdout, so nothing else may ever be written there.

import { readFile, stat } from 'node:fs/promises';
import { assessPlanStructure, isPlanUnrecognised } from '../../domain/extraction/plan-structure.ts';
import { extractDocumentPlan } from '../../document-text/extract-document-plan.ts';
import { DocumentReadError, MAX_DOCUMENT_BYTES } from '../../document-text/read-document-text.ts';
import { formatByteSize } from '../../document-text/document-read-error.ts';

export const extractUsage = 'Cách dùng: nhanluc extract TỆP   (TỆP: .txt, .md, .docx hoặc .pdf)';

export interface ExtractIo {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const processIo: ExtractIo = {
  writeOut: (text) => process.stdout.write(text),
  writeErr: (text) => process.stderr.write(text),
};

/** Why a file system error stopped the read, in words for the user. */
function describeFileError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return `Không tìm thấy tệp: ${file}`;
  if (code === 'EISDIR') return `${file} là thư mục, không phải tệp.`;
  if (code === 'EACCES' || code === 'EPERM') return `Không có quyền đọc tệp: ${file}`;
  return `Không đọc được tệp ${file}: ${error instanceof Error ? error.message : String(error)}`;
}

async function readInput(file: string): Promise<Uint8Array> {
  const info = await stat(file);
  if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  // Refuse before loading a huge file into memory; readDocumentText checks again.
  if (info.size > MAX_DOCUMENT_BYTES) {
    throw new DocumentReadError(
      'file_too_large',
      `Tệp quá lớn: ${formatByteSize(info.size)}, vượt giới hạn ${formatByteSize(MAX_DOCUMENT_BYTES)}.`,
    );
  }
  return new Uint8Array(await readFile(file));
}

/**
 * Libraries (pdf.js) may log through console.log; while extracting, console output goes to
 * stderr so stdout carries the JSON only.
 */
async function withConsoleOnStderr<T>(run: () => Promise<T>): Promise<T> {
  const saved = { log: console.log, info: console.info, debug: console.debug, warn: console.warn };
  console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);
  try {
    return await run();
  } finally {
    Object.assign(console, saved);
  }
}

export async function runExtract(args: string[], io: ExtractIo = processIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.writeErr(`${extractUsage}\n`);
    return 0;
  }
  const files = args.filter((arg) => arg !== '--');
  if (files.length !== 1 || files[0]!.startsWith('-')) {
    io.writeErr(
      `${files.length === 0 ? 'Thiếu tệp cần đọc.' : `Tham số không hợp lệ: ${files.join(' ')}`}\n${extractUsage}\n`,
    );
    return 2;
  }
  const file = files[0]!;

  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (error) {
    io.writeErr(`Lỗi: ${error instanceof DocumentReadError ? error.message : describeFileError(error, file)}\n`);
    return 1;
  }

  try {
    const { extraction } = await withConsoleOnStderr(() => extractDocumentPlan(bytes, file));
    const structure = assessPlanStructure(extraction);
    if (structure && isPlanUnrecognised(extraction)) {
      io.writeErr(`Lỗi: ${structure}\n`);
      return 1;
    }
    // A partial draft is still printed: a reviewer (or scorer) gets what was found.
    if (structure) io.writeErr(`Cảnh báo: ${structure}\n`);
    io.writeOut(`${JSON.stringify(extraction, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DocumentReadError) {
      io.writeErr(`Lỗi: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
