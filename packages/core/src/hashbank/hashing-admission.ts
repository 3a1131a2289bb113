import { PlatformError } from '../platform/errors.ts';
import { HashbankError } from './hashbank.errors.ts';

// Who may start hashing now. Hashing is the one thing a caller can make expensive at will (a
// small file that decodes to gigabytes, a video that decodes for minutes), so the work per
// process is capped: `slots` at once, `maxQueued` waiting (each at most `maxWaitMs`), and each
// requester (an API key, a staff user) at most `perRequester` running or waiting. Past a cap the
// answer is immediate: 429 for one requester over its share, 503 when the process is full, both
// with Retry-After. Pure: no workers, no I/O (the pool uses it; tests drive it directly).

export type AdmissionLimits = Readonly<{
  slots: number;
  maxQueued: number;
  maxWaitMs: number;
  perRequester: number;
}>;

/** Seconds a refused caller is asked to wait. */
export const RETRY_AFTER_SECONDS = { requester: 2, busy: 5 } as const;

type Waiter = { grant: () => void; timer: NodeJS.Timeout };

export class HashingAdmission {
  private running = 0;
  private readonly queue: Waiter[] = [];
  private readonly inFlight = new Map<string, number>();

  private readonly limits: AdmissionLimits;

  constructor(limits: AdmissionLimits) {
    this.limits = limits;
  }

  get stats() {
    return { running: this.running, queued: this.queue.length };
  }

  /** Resolves with a release function once a slot is the caller's; rejects at once past a cap. */
  acquire(requester?: string): Promise<() => void> {
    const mine = requester === undefined ? 0 : (this.inFlight.get(requester) ?? 0);
    if (requester !== undefined && mine >= this.limits.perRequester)
      return Promise.reject(
        new PlatformError('RATE_LIMITED', 'Too many media of yours are being hashed; wait for them to finish.', {
          retryAfterSeconds: RETRY_AFTER_SECONDS.requester,
        }),
      );
    if (this.running >= this.limits.slots && this.queue.length >= this.limits.maxQueued) return Promise.reject(busy());
    if (requester !== undefined) this.inFlight.set(requester, mine + 1);
    const release = once(() => {
      this.running -= 1;
      this.leave(requester);
      this.next();
    });
    if (this.running < this.limits.slots) {
      this.running += 1;
      return Promise.resolve(release);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          this.running += 1;
          resolve(release);
        },
        timer: setTimeout(() => {
          const at = this.queue.indexOf(waiter);
          if (at >= 0) this.queue.splice(at, 1);
          this.leave(requester);
          reject(busy());
        }, this.limits.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  private leave(requester: string | undefined): void {
    if (requester === undefined) return;
    const left = (this.inFlight.get(requester) ?? 1) - 1;
    if (left > 0) this.inFlight.set(requester, left);
    else this.inFlight.delete(requester);
  }

  private next(): void {
    if (this.running < this.limits.slots) this.queue.shift()?.grant();
  }
}

function busy() {
  return new HashbankError('HASHBANK_HASHING_BUSY', undefined, { retryAfterSeconds: RETRY_AFTER_SECONDS.busy });
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}
