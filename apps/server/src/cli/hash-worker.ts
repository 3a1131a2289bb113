// Worker thread of `vigie hash`: one file at a time, libvips kept to one thread so that the
// pool, not libvips, spreads the work over the cores.
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { hashFileRecord } from './hash-file.ts';
import type { HashFileOptions } from './hash-file.ts';

export type HashJob = { readonly id: number; readonly path: string; readonly options: HashFileOptions };
export type HashJobResult = { readonly id: number; readonly record: Record<string, unknown> };

sharp.concurrency(1);

parentPort?.on('message', (job: HashJob) => {
  void hashFileRecord(job.path, job.options).then((record) => {
    parentPort?.postMessage({ id: job.id, record } satisfies HashJobResult);
  });
});
