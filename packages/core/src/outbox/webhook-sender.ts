import { createHmac, sign, verify, type KeyObject } from 'node:crypto';
import { isAppError } from '../platform/errors.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import type { SigningKey } from '../platform/signing-key.ts';
import type { ChannelSender, DeliveryResult, OutboxContact, OutboxMessage } from './outbox.types.ts';
import { spliceText } from './splice.ts';

// A signed webhook: the JSON POSTed through the outbound module (egress, address checks), with
// `Vigie-Timestamp` (Unix seconds) and two signatures over `timestamp + "." + body`, so the
// receiver can check who sent it and refuse replays older than a few minutes:
// - `Vigie-Signature-Ed25519: <base64 Ed25519>`, always, with the installation's webhook key
//   (public at GET /api/v1/notices/signing-key; `Vigie-Signing-Key` is its fingerprint);
// - `Vigie-Signature: v1=<hex HMAC-SHA256(secret, ...)>`, when the provider has a shared secret.
// `Vigie-Delivery` is the outbox id: the same on every attempt, the receiver's idempotency key.

const limits = {
  maxBytes: 64 * 1024,
  timeoutMs: 30_000,
  idleTimeoutMs: 15_000,
  maxRedirects: 0,
  maxDecompressionRatio: 100,
};

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function signWebhookEd25519(privateKey: KeyObject, timestamp: number, body: string): string {
  return sign(null, Buffer.from(`${timestamp}.${body}`), privateKey).toString('base64');
}

/** What a receiver does: the Ed25519 signature of `timestamp.body` under the published key. */
export function verifyWebhookEd25519(
  publicKey: KeyObject,
  timestamp: string,
  body: string,
  signature: string,
): boolean {
  return verify(null, Buffer.from(`${timestamp}.${body}`), publicKey, Buffer.from(signature, 'base64'));
}

export function createWebhookSender(
  outbound: Outbound,
  now: () => Date,
  key: SigningKey,
  keyFingerprint: string,
): ChannelSender {
  return {
    async send(message: OutboxMessage, contact: OutboxContact, replacements): Promise<DeliveryResult> {
      if (contact.channel !== 'webhook' || !message.bodies.webhook)
        return { outcome: 'bounced', detail: 'no webhook body for this message' };
      const body = spliceText(message.bodies.webhook.json, replacements);
      const timestamp = Math.floor(now().getTime() / 1000);
      try {
        const response = await outbound.fetch(contact.url, limits, {
          method: 'POST',
          accept: 'application/json',
          body,
          headers: {
            'content-type': 'application/json',
            'vigie-delivery': message.id,
            'vigie-timestamp': String(timestamp),
            'vigie-signature-ed25519': signWebhookEd25519(key.privateKey, timestamp, body),
            'vigie-signing-key': keyFingerprint,
            ...(contact.secret ? { 'vigie-signature': signWebhook(contact.secret, timestamp, body) } : {}),
          },
        });
        response.cancel();
        const detail = `HTTP ${response.status}`;
        if (response.status >= 200 && response.status < 300) return { outcome: 'sent', detail };
        if (response.status === 408 || response.status === 429 || response.status >= 500)
          return { outcome: 'retry', detail };
        return { outcome: 'bounced', detail };
      } catch (error) {
        // Refused addresses and URLs are the recipient's configuration: they will not heal by waiting.
        const code = isAppError(error) ? error.code : 'NET_FETCH_FAILED';
        const permanent = isAppError(error) && error.retry === 'permanent';
        return { outcome: permanent ? 'bounced' : 'retry', detail: `${code}: ${(error as Error).message}` };
      }
    },
    async close() {},
  };
}
