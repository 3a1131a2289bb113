import { pino, type Logger } from 'pino';

// Report text, reported URLs and contact details never reach the logs, whatever the log level.
// Paths are matched at any depth up to two levels under the logged object.
const sensitiveKeys = [
  'description',
  'url',
  'urls',
  'reportedUrl',
  'contact',
  'email',
  'phone',
  'name',
  'password',
  'totpCode',
  'totpSecret',
  'token',
  'apiKey',
  'authorization',
  'cookie',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
];
const redactPaths = sensitiveKeys.flatMap((key) => (key.includes('.') ? [key] : [key, `*.${key}`, `*.*.${key}`]));

export type { Logger };

export function createLogger(options: { level: string; destination?: NodeJS.WritableStream }): Logger {
  return pino(
    { level: options.level, redact: { paths: redactPaths, censor: '[redacted]' }, base: { service: 'vigie' } },
    options.destination ?? process.stdout,
  );
}
