import { resolve } from 'node:path';

// The media store's settings, parsed with the rest of the configuration (config.ts calls this
// and lists every problem at once). Nothing here reads process.env.

export const mediaStoreKinds = ['file', 's3'] as const;
export type MediaStoreKind = (typeof mediaStoreKinds)[number];

export type StorageSettings = Readonly<{
  /** `file`: under DATA_DIR/media; `s3`: an S3-compatible bucket that several machines may share. */
  mediaStore: MediaStoreKind;
  /** The media keys; unset: DATA_DIR/secrets/media-keys.json, created on first use. */
  mediaKeysFile: string | undefined;
  s3Endpoint: string | undefined;
  s3Region: string;
  s3Bucket: string | undefined;
  /** Prepended to every object key; empty or ending in `/`. */
  s3Prefix: string;
  s3AccessKeyId: string | undefined;
  s3SecretAccessKey: string | undefined;
  s3ForcePathStyle: boolean;
}>;

type Env = Readonly<Record<string, string | undefined>>;

export function parseStorageSettings(env: Env, problems: string[]): StorageSettings {
  const value = (name: string): string | undefined => env[name]?.trim() || undefined;
  const kind = value('VIGIE_MEDIA_STORE') ?? 'file';
  if (!(mediaStoreKinds as readonly string[]).includes(kind))
    problems.push(`VIGIE_MEDIA_STORE=${JSON.stringify(kind)}: expected ${mediaStoreKinds.join(' or ')}`);
  const mediaStore = kind === 's3' ? 's3' : 'file';

  const s3Endpoint = value('VIGIE_S3_ENDPOINT');
  if (s3Endpoint && !isHttpUrl(s3Endpoint))
    problems.push('VIGIE_S3_ENDPOINT: expected an absolute http(s) URL, e.g. https://s3.ca-central-1.amazonaws.com');
  const s3Bucket = value('VIGIE_S3_BUCKET');
  if (mediaStore === 's3' && !s3Bucket) problems.push('VIGIE_S3_BUCKET: required when VIGIE_MEDIA_STORE=s3');
  if (s3Bucket && !/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s3Bucket))
    problems.push('VIGIE_S3_BUCKET: expected a bucket name (3-63 lowercase letters, digits, dots, hyphens)');

  let s3Prefix = value('VIGIE_S3_PREFIX') ?? '';
  if (s3Prefix.startsWith('/') || s3Prefix.includes('//') || s3Prefix.split('/').some((p) => p === '.' || p === '..'))
    problems.push('VIGIE_S3_PREFIX: expected a relative key prefix such as vigie/media/ (no leading /, no . or ..)');
  if (s3Prefix && !s3Prefix.endsWith('/')) s3Prefix += '/';

  const s3AccessKeyId = value('VIGIE_S3_ACCESS_KEY_ID');
  const s3SecretAccessKey = value('VIGIE_S3_SECRET_ACCESS_KEY');
  if (Boolean(s3AccessKeyId) !== Boolean(s3SecretAccessKey))
    problems.push(
      'VIGIE_S3_ACCESS_KEY_ID and VIGIE_S3_SECRET_ACCESS_KEY: set both, or neither (the AWS default credentials)',
    );

  // Most S3-compatible stores (MinIO, Ceph, Garage) want path-style addresses; AWS itself does not.
  const pathStyle = value('VIGIE_S3_FORCE_PATH_STYLE') ?? (s3Endpoint ? 'true' : 'false');
  if (!['true', 'false'].includes(pathStyle)) problems.push('VIGIE_S3_FORCE_PATH_STYLE: expected true or false');

  const keysFile = value('VIGIE_MEDIA_KEYS_FILE');
  return {
    mediaStore,
    mediaKeysFile: keysFile ? resolve(keysFile) : undefined,
    s3Endpoint,
    s3Region: value('VIGIE_S3_REGION') ?? 'us-east-1',
    s3Bucket,
    s3Prefix,
    s3AccessKeyId,
    s3SecretAccessKey,
    s3ForcePathStyle: pathStyle === 'true',
  };
}

function isHttpUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}
