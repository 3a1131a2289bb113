import { parentPort } from 'node:worker_threads';
import { type IndexBuffers, PdqQueryRunner } from './pdq-index-view.ts';

// A PDQ query worker: answers batches of radius queries on the index memory the writing thread
// shares with it. Messages from one port arrive in order, so a batch always runs on the buffers
// (generation) posted before it, and the EPOCH load in the runner makes the writer's in-place
// changes made before the batch was sent visible.

export type WorkerRequest =
  { type: 'buffers'; buffers: IndexBuffers } | { type: 'query'; batch: number; hashes: Uint32Array; radii: Int32Array };

/** Per query: match count, then (id, tag, distance) per match. */
export type WorkerReply = { batch: number; result: Float64Array };

let buffers: IndexBuffers | undefined;
const runner = new PdqQueryRunner();
const port = parentPort;
if (!port) throw new Error('pdq-query.worker.ts runs as a worker thread');

port.on('message', (message: WorkerRequest) => {
  if (message.type === 'buffers') {
    buffers = message.buffers;
    return;
  }
  const out: number[] = [];
  for (let i = 0; i < message.radii.length; i++) {
    const matches = buffers ? runner.query(buffers, message.hashes.subarray(i * 8, i * 8 + 8), message.radii[i]!) : [];
    out.push(matches.length);
    for (const m of matches) out.push(m.id, m.tag, m.distance);
  }
  const result = Float64Array.from(out);
  port.postMessage({ batch: message.batch, result } satisfies WorkerReply, [result.buffer]);
});
