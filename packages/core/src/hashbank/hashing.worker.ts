import { parentPort } from 'node:worker_threads';
import { isHashingError } from '@vigie/hashing';
import { isAppError } from '../platform/errors.ts';
import { computeMediaSignals, type ContentType, type MediaHashingOptions } from './media-hashing.ts';
import { compareSignals } from './signals.ts';

// A hashing worker: decodes and hashes one media (or compares two vPDQs) at a time, off the
// thread that serves HTTP. Errors travel as data (an Error's class does not survive a message).

export type HashingTask =
  | { kind: 'media'; bytes: Uint8Array; contentType: ContentType; options: MediaHashingOptions }
  | { kind: 'compare'; type: string; left: string; right: string };

export type HashingFailure =
  | { kind: 'hashing'; code: string; message: string; isPermanent: boolean }
  | { kind: 'app'; code: string; message: string }
  | { kind: 'crash'; message: string };

export type HashingRequest = { id: number; task: HashingTask };
export type HashingReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; failure: HashingFailure };

const port = parentPort;
if (!port) throw new Error('hashing.worker.ts runs as a worker thread');

async function run(task: HashingTask): Promise<unknown> {
  if (task.kind === 'media') return computeMediaSignals(task.bytes, task.contentType, task.options);
  return compareSignals(task.type, task.left, task.right);
}

function describe(error: unknown): HashingFailure {
  if (isHashingError(error))
    return { kind: 'hashing', code: error.code, message: error.message, isPermanent: error.isPermanent };
  if (isAppError(error)) return { kind: 'app', code: error.code, message: error.message };
  return { kind: 'crash', message: error instanceof Error ? error.message : String(error) };
}

port.on('message', (request: HashingRequest) => {
  run(request.task).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies HashingReply),
    (error: unknown) =>
      port.postMessage({ id: request.id, ok: false, failure: describe(error) } satisfies HashingReply),
  );
});
