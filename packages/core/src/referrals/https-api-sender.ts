import { createHash } from 'node:crypto';
import type { Db } from '../database.ts';
import { signWebhook, type ChannelSender, type DeliveryResult } from '../outbox/index.ts';
import { isAppError } from '../platform/errors.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import { isResult, loadDelivery } from './delivery.ts';

// A referral POSTed to the recipient's HTTPS API through the outbound module: a JSON body with
// the package (`referral.json` parsed) and every file in base64 with its SHA-256, signed as the
// outbox's webhooks are: `Vigie-Timestamp` (Unix seconds) and
// `Vigie-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>`; `Vigie-Delivery` (the
// outbox id, the same on every attempt) is the recipient's idempotency key. A recipient with a
// private authority (apiCaCertificates) is reached through it alone.

const limits = {
  maxBytes: 64 * 1024,
  timeoutMs: 120_000,
  idleTimeoutMs: 30_000,
  maxRedirects: 0,
  maxDecompressionRatio: 100,
};

export function createHttpsApiSender(db: Db, outbound: Outbound, now: () => Date): ChannelSender {
  return {
    async send(message, contact): Promise<DeliveryResult> {
      const delivery = await loadDelivery(db, message, contact);
      if (isResult(delivery)) return delivery;
      const { recipient, referral, files } = delivery;
      if (!recipient.apiUrl || !recipient.apiSecret)
        return { outcome: 'bounced', detail: 'the recipient has no API URL or secret' };
      const json = files.find((f) => f.name === 'referral.json');
      const body = JSON.stringify({
        reference: referral.reference,
        referral: json ? JSON.parse(json.bytes.toString('utf8')) : null,
        files: files.map((f) => ({
          name: f.name,
          contentType: f.contentType,
          sha256: createHash('sha256').update(f.bytes).digest('hex'),
          base64: f.bytes.toString('base64'),
        })),
      });
      const timestamp = Math.floor(now().getTime() / 1000);
      try {
        const response = await outbound.fetch(recipient.apiUrl, limits, {
          method: 'POST',
          accept: 'application/json',
          body,
          ...(recipient.apiCaCertificates ? { ca: recipient.apiCaCertificates } : {}),
          headers: {
            'content-type': 'application/json',
            'vigie-delivery': message.id,
            'vigie-timestamp': String(timestamp),
            'vigie-signature': signWebhook(recipient.apiSecret, timestamp, body),
          },
        });
        response.cancel();
        const detail = `HTTP ${response.status}`;
        if (response.status >= 200 && response.status < 300) return { outcome: 'sent', detail };
        if (response.status === 408 || response.status === 429 || response.status >= 500)
          return { outcome: 'retry', detail };
        return { outcome: 'bounced', detail };
      } catch (error) {
        const code = isAppError(error) ? error.code : 'NET_FETCH_FAILED';
        const permanent = isAppError(error) && error.retry === 'permanent';
        return { outcome: permanent ? 'bounced' : 'retry', detail: `${code}: ${(error as Error).message}` };
      }
    },
    async close() {},
  };
}
