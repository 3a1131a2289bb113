import { AppError } from '../errors.ts';
import { NetError } from './net.errors.ts';

// undici's, node's and zlib's failures as NetError codes a crawler can count.
const timeouts: Record<string, string> = {
  UND_ERR_HEADERS_TIMEOUT: 'no answer within the idle time',
  UND_ERR_BODY_TIMEOUT: 'the body stalled longer than the idle time',
  UND_ERR_CONNECT_TIMEOUT: 'the connection was not accepted in time',
  ETIMEDOUT: 'the connection timed out',
};

export function toNetError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  const message = (error as Error).message ?? String(error);
  if (typeof code === 'string') {
    if (timeouts[code]) return new NetError('NET_TIMEOUT', `The address took too long: ${timeouts[code]}.`);
    if (code === 'UND_ERR_HEADERS_OVERFLOW')
      return new NetError('NET_TOO_LARGE', 'The answer\u2019s headers are larger than allowed.');
    if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH')
      return new NetError('NET_FETCH_FAILED', 'The body is shorter than its Content-Length.');
    if (/^Z_|^ERR_BROTLI|^ERR_ZLIB/.test(code))
      return new NetError('NET_FETCH_FAILED', `The body does not decode: ${message}`);
    return new NetError('NET_FETCH_FAILED', `The address could not be fetched: ${code} ${message}`);
  }
  return new NetError('NET_FETCH_FAILED', `The address could not be fetched: ${message}`);
}
