// The client side of runHttpLoad, on its own thread: measuring a server whose own event loop
// also sends the requests would count the client's work as the server's latency.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';

export interface LoadJob {
  urls: string[];
  headers: Record<string, string>;
  clients: number;
  seconds: number;
}

const job = workerData as LoadJob;
// One kept-alive connection per client, as 50 browsers would hold.
const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients });

function get(url: string): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: job.headers }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

const times: number[] = [];
let errors = 0;
let bytes = 0;
let sent = 0;
const started = performance.now();
const endAt = started + job.seconds * 1000;
await Promise.all(
  Array.from({ length: job.clients }, async () => {
    while (performance.now() < endAt) {
      const url = job.urls[sent++ % job.urls.length]!;
      const start = performance.now();
      try {
        const answer = await get(url);
        if (answer.status !== 200) errors++;
        bytes += answer.bytes;
      } catch {
        errors++;
      }
      times.push(performance.now() - start);
    }
  }),
);
agent.destroy();
parentPort!.postMessage({ times, errors, bytes, elapsedMs: performance.now() - started });
