import { NetError } from './net.errors.ts';

// One fetch's clocks: the deadline for the whole of it, and the idle watch. undici's own
// headersTimeout and bodyTimeout tick on a coarse shared timer (about a second late), so a server
// sending a byte every second could keep them fed; these are exact.

/** `promise`, or the signal's reason once it aborts (DNS answers do not take a signal). */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export type FetchTimers = {
  /** Aborts at the deadline, at an idle timeout, or with the caller's signal. */
  readonly signal: AbortSignal;
  /** `work`, unless it takes longer than the idle time (the fetch is then aborted). */
  quietFor<T>(work: Promise<T>, what: string): Promise<T>;
  /** The body, each wait for its next bytes watched: a consumer's own pauses do not count. */
  watch(raw: AsyncIterable<Buffer>): AsyncGenerator<Buffer>;
  done(): void;
};

export function fetchTimers(timeoutMs: number, idleTimeoutMs: number, callerSignal?: AbortSignal): FetchTimers {
  const deadline = new AbortController();
  const idle = new AbortController();
  const total = setTimeout(
    () => deadline.abort(new NetError('NET_TIMEOUT', `The fetch took longer than ${timeoutMs} ms.`)),
    timeoutMs,
  );
  total.unref();
  const signal = AbortSignal.any([deadline.signal, idle.signal, ...(callerSignal ? [callerSignal] : [])]);
  const quietFor = async <T>(work: Promise<T>, what: string): Promise<T> => {
    const timer = setTimeout(
      () => idle.abort(new NetError('NET_TIMEOUT', `The address took too long: ${what} for ${idleTimeoutMs} ms.`)),
      idleTimeoutMs,
    );
    try {
      return await abortable(work, signal);
    } finally {
      clearTimeout(timer);
    }
  };
  return {
    signal,
    quietFor,
    async *watch(raw) {
      const chunks = raw[Symbol.asyncIterator]();
      try {
        for (;;) {
          const next = await quietFor(chunks.next(), 'the body stalled');
          if (next.done) return;
          yield next.value;
        }
      } finally {
        await chunks.return?.();
      }
    },
    done: () => clearTimeout(total),
  };
}
