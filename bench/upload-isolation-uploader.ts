// Worker of the upload.isolation bench (beside benches/, which holds only benches): sends the hostile uploads from another thread, so
// the server's own thread is measured, not the client's work of sending 20 MB bodies.
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { multipartFile } from '../test/factories/plans.ts';
import {
  buildHugeTaskText,
  buildManyPagePdf,
  buildPdfStreamBomb,
  buildWordBomb,
} from '../test/fixtures/documents/build-hostile-documents.ts';

const { address, headers, durationMs } = workerData as {
  address: string;
  headers: Record<string, string>;
  durationMs: number;
};
const hostile = [
  multipartFile('bom.docx', buildWordBomb()),
  multipartFile('bom.pdf', buildPdfStreamBomb()),
  multipartFile('nhieu-trang.pdf', buildManyPagePdf(20_000)),
  multipartFile('dai.txt', buildHugeTaskText()),
];
parentPort!.postMessage({ ready: true });
await new Promise((resolve) => parentPort!.once('message', resolve));
const until = performance.now() + durationMs;
const statuses: Record<number, number> = {};
let uploads = 0;
await Promise.all(
  hostile.map(async ({ payload, headers: multipart }) => {
    while (performance.now() < until) {
      const response = await fetch(`${address}/api/plan-drafts`, {
        method: 'POST',
        body: new Blob([new Uint8Array(payload)]),
        headers: { ...headers, ...multipart },
      });
      await response.arrayBuffer();
      uploads++;
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
    }
  }),
);
parentPort!.postMessage({ uploads, statuses });
