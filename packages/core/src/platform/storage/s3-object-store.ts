import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Config } from '../config.ts';
import type { Logger } from '../logging.ts';
import { isObjectName } from './media-cipher.ts';
import type { ObjectStore } from './object-store.ts';

// Any S3-compatible store. Several machines may share the bucket: a write is a conditional put
// (If-None-Match: *), so of two machines storing the same object one writes and the other gets
// 412. Stores that refuse the condition (501) are remembered and written without it; stores that
// ignore it overwrite, which is harmless because sealed objects are deterministic (the caller
// asks `exists` first, so this only happens to puts racing each other).

type S3Settings = Pick<
  Config,
  's3Endpoint' | 's3Region' | 's3Bucket' | 's3Prefix' | 's3AccessKeyId' | 's3SecretAccessKey' | 's3ForcePathStyle'
>;

export function createS3ObjectStore(config: S3Settings, logger: Logger): ObjectStore {
  const bucket = config.s3Bucket;
  if (!bucket) throw new TypeError('createS3ObjectStore: no bucket (config.ts refuses s3 without one)');
  const prefix = config.s3Prefix;
  const client = new S3Client({
    region: config.s3Region,
    ...(config.s3Endpoint ? { endpoint: config.s3Endpoint } : {}),
    forcePathStyle: config.s3ForcePathStyle,
    ...(config.s3AccessKeyId && config.s3SecretAccessKey
      ? { credentials: { accessKeyId: config.s3AccessKeyId, secretAccessKey: config.s3SecretAccessKey } }
      : {}),
    // The SDK's default integrity trailers (aws-chunked uploads) are unknown to many
    // S3-compatible stores; objects carry their own tag and are verified on read anyway.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const keyOf = (name: string) => `${prefix}${name}`;
  let conditionalPuts = true;

  const put = (name: string, bytes: Uint8Array, ifNoneMatch: boolean) =>
    client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: keyOf(name),
        Body: bytes,
        ContentLength: bytes.byteLength,
        ContentType: 'application/octet-stream',
        ...(ifNoneMatch ? { IfNoneMatch: '*' } : {}),
      }),
    );
  const exists = async (name: string) => {
    try {
      await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(name) }));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  };

  return {
    location: `s3 bucket ${bucket}${prefix ? ` under ${prefix}` : ''}${config.s3Endpoint ? ` at ${config.s3Endpoint}` : ''}`,
    read: async (name) => {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(name) }));
        return answer.Body ? await answer.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },
    exists,
    create: async (name, bytes) => {
      for (let attempt = 0; conditionalPuts; attempt += 1) {
        try {
          await put(name, bytes, true);
          return true;
        } catch (error) {
          const status = statusOf(error);
          if (status === 412) return false;
          // 409: another conditional write of this key is under way; whether it lands decides.
          if (status === 409 && attempt < 5) {
            await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
            if (await exists(name)) return false;
            continue;
          }
          if (status !== 501 && !(status === 400 && /NotImplemented/i.test((error as Error).name))) throw error;
          conditionalPuts = false;
          logger.warn({ bucket }, 'this S3 store refuses conditional puts (If-None-Match): writing without them');
        }
      }
      await put(name, bytes, false);
      return true;
    },
    replace: async (name, bytes) => {
      await put(name, bytes, false);
    },
    list: async function* () {
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix || undefined, ContinuationToken: token }),
        );
        for (const object of page.Contents ?? []) {
          const name = object.Key?.slice(prefix.length) ?? '';
          if (isObjectName(name)) yield name;
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
    },
    close: async () => client.destroy(),
  };
}

function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } })?.$metadata?.httpStatusCode;
}
