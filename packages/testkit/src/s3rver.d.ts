// s3rver ships no types: what the loopback S3 server uses of it.
declare module 's3rver' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  type Options = {
    directory: string;
    silent?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: Array<{ name: string; configs?: Array<string | Buffer> }>;
  };
  export default class S3rver {
    constructor(options: Options);
    configureBuckets(): Promise<void>;
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
    store: { existsObject(bucket: string, key: string): Promise<boolean> };
    logger: { exceptions: { unhandle(): void }; close(): void };
  }
}
