// The outbox's settings (VIGIE_SMTP_*, VIGIE_OUTBOX_*), parsed with the rest of the configuration
// by config.ts.
import { envReaders } from './env-readers.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type SmtpSettings = Readonly<{
  /** Unset: no mail can leave (messages wait, each attempt failing with OUTBOX_SMTP_UNSET). */
  host: string | undefined;
  port: number;
  /** Implicit TLS (port 465); otherwise STARTTLS whenever the server offers it. */
  secure: boolean;
  /** Refuse to send unless the connection is upgraded with STARTTLS. */
  requireTls: boolean;
  user: string | undefined;
  password: string | undefined;
  /** The envelope sender and From: address (`abuse-notices@hotline.example`, or `Name <address>`). */
  from: string | undefined;
  /** Connections kept open to the server (nodemailer's pool). */
  poolSize: number;
}>;

export type OutboxSettings = Readonly<{
  smtp: SmtpSettings;
  /** Attempts per contact before the next contact is tried (transient failures, with backoff). */
  maxAttempts: number;
  /** How long an attempt may take; a message still `sending` after it was interrupted. */
  leaseSeconds: number;
  /** First retry delay; doubled at each attempt, at most 6 hours. */
  retryBaseSeconds: number;
}>;

const addressPattern = /^(?:[^<>]*<)?[^\s@<>]+@[^\s@<>]+(?:>)?$/;

export function parseOutboxSettings(env: Env, problems: string[]): OutboxSettings {
  const { int, flag, optional: text } = envReaders(env, problems);
  const secure = flag('VIGIE_SMTP_SECURE', false);
  const from = text('VIGIE_SMTP_FROM');
  if (from !== undefined && !addressPattern.test(from.trim()))
    problems.push(
      'VIGIE_SMTP_FROM: expected an address, e.g. notices@hotline.example or "Hotline <notices@hotline.example>"',
    );
  const user = text('VIGIE_SMTP_USER');
  const password = text('VIGIE_SMTP_PASSWORD');
  if ((user === undefined) !== (password === undefined))
    problems.push('VIGIE_SMTP_USER / VIGIE_SMTP_PASSWORD: set both or neither');
  const host = text('VIGIE_SMTP_HOST');
  if (host !== undefined && from === undefined) problems.push('VIGIE_SMTP_FROM: required with VIGIE_SMTP_HOST');
  return Object.freeze({
    smtp: Object.freeze({
      host,
      port: int('VIGIE_SMTP_PORT', secure ? 465 : 587, 1, 65535),
      secure,
      requireTls: flag('VIGIE_SMTP_REQUIRE_TLS', false),
      user,
      password,
      from: from?.trim(),
      poolSize: int('VIGIE_SMTP_POOL_SIZE', 2, 1, 64),
    }),
    maxAttempts: int('VIGIE_OUTBOX_MAX_ATTEMPTS', 8, 1, 100),
    leaseSeconds: int('VIGIE_OUTBOX_LEASE_SECONDS', 300, 2, 86_400),
    retryBaseSeconds: int('VIGIE_OUTBOX_RETRY_BASE_SECONDS', 60, 1, 86_400),
  });
}
