import type { FieldDescriptor } from './exchanges.types.ts';
import { ExchangeError } from './exchanges.errors.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import { isAppError } from '../platform/errors.ts';

// Every exchange request goes through the installation's outbound client (egress, address
// checks, pinning). Redirects are not followed: credentials go to the configured origin only.

const limits = {
  maxBytes: 256 * 1024 * 1024,
  timeoutMs: 120_000,
  idleTimeoutMs: 30_000,
  maxRedirects: 0,
  maxDecompressionRatio: 200,
};

export type RemoteAnswer = { status: number; text: string };

export async function callRemote(
  outbound: Outbound,
  url: string,
  init: { method?: 'GET' | 'POST' | 'PUT'; headers?: Record<string, string>; body?: string; accept?: string } = {},
  accept: readonly number[] = [],
): Promise<RemoteAnswer> {
  let answer: RemoteAnswer;
  try {
    const response = await outbound.fetch(url, limits, {
      method: init.method ?? 'GET',
      accept: init.accept ?? 'application/json',
      headers: init.headers ?? {},
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    answer = { status: response.status, text: Buffer.from(await response.read()).toString('utf8') };
  } catch (error) {
    const detail = isAppError(error) ? `${error.code}: ${error.message}` : (error as Error).message;
    throw new ExchangeError('EXCHANGE_REMOTE_UNAVAILABLE', `${new URL(url).origin}: ${detail}`);
  }
  if ((answer.status >= 200 && answer.status < 300) || accept.includes(answer.status)) return answer;
  const origin = new URL(url).origin;
  if (answer.status === 401 || answer.status === 403)
    throw new ExchangeError('EXCHANGE_REMOTE_REFUSED', `${origin} answered HTTP ${answer.status}`);
  throw new ExchangeError('EXCHANGE_REMOTE_UNAVAILABLE', `${origin} answered HTTP ${answer.status}`);
}

export function parseJson<T>(answer: RemoteAnswer, what: string): T {
  try {
    return JSON.parse(answer.text) as T;
  } catch {
    throw new ExchangeError('EXCHANGE_REMOTE_UNAVAILABLE', `${what}: the answer is not JSON`);
  }
}

/** A base URL without its trailing slashes (http or https). */
export function baseUrl(value: unknown, name: string): string {
  if (typeof value !== 'string') throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `${name} is required`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `${name} must be an absolute URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `${name} must be an http(s) URL`);
  return url.href.replace(/\/+$/, '');
}

export function intSetting(value: unknown, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `${name} must be an integer from ${min} to ${max}`);
  return n;
}

export function credential(credentials: Record<string, string>, name: string): string {
  const value = credentials[name];
  if (!value) throw new ExchangeError('EXCHANGE_CREDENTIALS_MISSING', `credential ${name} is not set`);
  return value;
}

export const field = (
  name: string,
  type: FieldDescriptor['type'],
  help: string,
  options: { required?: boolean; default?: unknown; choices?: string[] } = {},
): FieldDescriptor => ({
  name,
  type,
  required: options.required ?? false,
  default: options.default ?? null,
  help,
  choices: options.choices ?? null,
});
