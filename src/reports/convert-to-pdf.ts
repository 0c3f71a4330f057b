// DOCX -> PDF by LibreOffice headless, in a child process (never on the request thread): the
// file goes into a fresh temporary folder with its own LibreOffice profile — two conversions
// at once would otherwise fight over the user's profile lock — and the process is killed past
// the time limit. Where LibreOffice is not installed the error names the Debian package.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const pdfTimeLimitMs = 60_000;
/** LibreOffice processes at once (each ~150 MB and a core for seconds) and conversions let wait. */
export const pdfConcurrency = { running: 2, queued: 8 };
const candidates = [
  '/usr/bin/soffice',
  '/usr/bin/libreoffice',
  '/usr/local/bin/soffice',
  '/opt/libreoffice/program/soffice',
];

export class PdfConverterError extends Error {
  constructor(
    message: string,
    readonly reason: 'missing' | 'failed' | 'busy',
  ) {
    super(message);
  }
}

export const missingConverterMessage =
  'Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy cài gói Debian libreoffice-writer-nogui ' +
  '(apt-get install libreoffice-writer-nogui) hoặc tải bản DOCX.';

/** The soffice binary: SOFFICE_PATH, else the usual places; null when none is installed. */
export function findSoffice(): string | null {
  const configured = process.env.SOFFICE_PATH;
  if (configured) return existsSync(configured) ? configured : null;
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

let running = 0;
const waiting: Array<() => void> = [];

/** A slot among pdfConcurrency.running; a refusal past the queue rather than a pile of soffice processes. */
async function takeSlot(): Promise<() => void> {
  if (running >= pdfConcurrency.running) {
    if (waiting.length >= pdfConcurrency.queued)
      throw new PdfConverterError(
        'Máy chủ đang bận chuyển các báo cáo khác sang PDF; hãy thử lại sau ít phút.',
        'busy',
      );
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else running += 1;
  return () => {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  };
}

export async function convertDocxToPdf(docx: Uint8Array, options: { timeLimitMs?: number } = {}): Promise<Buffer> {
  const soffice = findSoffice();
  if (!soffice) throw new PdfConverterError(missingConverterMessage, 'missing');
  const release = await takeSlot();
  try {
    return await runSoffice(soffice, docx, options.timeLimitMs ?? pdfTimeLimitMs);
  } finally {
    release();
  }
}

async function runSoffice(soffice: string, docx: Uint8Array, timeLimitMs: number): Promise<Buffer> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'nhanluc-pdf-'));
  try {
    const input = path.join(folder, 'bao-cao.docx');
    await writeFile(input, docx);
    const profile = pathToFileURL(path.join(folder, 'profile')).href;
    await new Promise<void>((resolve, reject) => {
      execFile(
        soffice,
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--norestore',
          '--convert-to',
          'pdf:writer_pdf_Export',
          '--outdir',
          folder,
          input,
        ],
        {
          timeout: timeLimitMs,
          killSignal: 'SIGKILL',
          env: { ...process.env, HOME: folder },
        },
        (error, _stdout, stderr) => {
          if (error)
            reject(
              new PdfConverterError(
                `LibreOffice không chuyển được báo cáo sang PDF (${error.killed ? 'quá thời gian' : String(stderr).trim() || error.message}).`,
                'failed',
              ),
            );
          else resolve();
        },
      );
    });
    const output = path.join(folder, 'bao-cao.pdf');
    if (!existsSync(output)) throw new PdfConverterError('LibreOffice không tạo ra tệp PDF của báo cáo.', 'failed');
    return await readFile(output);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
