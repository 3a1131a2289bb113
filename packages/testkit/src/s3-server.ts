import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export type S3TestServer = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Where s3rver keeps the bucket's objects (`<directory>/<bucket>/<key>._S3rver_object`). */
  directory: string;
  close(): Promise<void>;
};

/**
 * An S3-compatible server on 127.0.0.1 (a free port) with one empty bucket. s3rver itself ignores
 * `If-None-Match` on PUT, like some real stores; `conditionalPuts` makes it `honour` the header
 * (412 when the key exists, 409 while another conditional put of it is in flight, as AWS does) or `refuse` it (501), like others.
 */
export async function startS3Server(
  options: { bucket?: string; conditionalPuts?: 'ignore' | 'honour' | 'refuse' } = {},
): Promise<S3TestServer> {
  const bucket = options.bucket ?? 'vigie-media';
  const directory = await mkdtemp(join(tmpdir(), 'vigie-s3-'));
  const s3rver = new S3rver({
    directory,
    silent: true,
    allowMismatchedSignatures: true,
    vhostBuckets: false,
    configureBuckets: [{ name: bucket }],
  });
  await s3rver.configureBuckets();
  const handle = s3rver.callback();
  const claimed = new Set<string>();
  const server = createServer((req, res) => {
    const conditional = req.method === 'PUT' && req.headers['if-none-match'] === '*';
    if (!conditional || options.conditionalPuts === undefined || options.conditionalPuts === 'ignore')
      return handle(req, res);
    if (options.conditionalPuts === 'refuse') {
      req.resume();
      res.writeHead(501, { 'content-type': 'application/xml' });
      return res.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NotImplemented</Code></Error>');
    }
    // Path-style: /bucket/key.
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const key = path.slice(bucket.length + 2);
    // As AWS: 409 while another conditional write of the key is in flight, 412 once it exists.
    const refuse = (status: number, code: string) => {
      req.resume();
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code></Error>`);
    };
    if (claimed.has(key)) return refuse(409, 'ConditionalRequestConflict');
    claimed.add(key);
    void s3rver.store.existsObject(bucket, key).then((exists) => {
      if (exists) {
        claimed.delete(key);
        return refuse(412, 'PreconditionFailed');
      }
      res.on('close', () => claimed.delete(key));
      handle(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bucket,
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    directory,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      // s3rver's logger traps uncaught exceptions while it runs; give them back to node:test.
      s3rver.logger.exceptions.unhandle();
      s3rver.logger.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
