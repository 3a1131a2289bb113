import pg from 'pg';
import type { Logger } from '../logging.ts';

export type Notifications = {
  /** Calls `handler` for each NOTIFY on `channel` from any process (this one included). */
  subscribe(channel: string, handler: (payload: string) => void): void;
  /** Called after the listening connection was lost and is back: messages may have been missed. */
  onGap(handler: () => void): void;
  /** False while the listening connection is down: caches that rely on messages must not be trusted. */
  isListening(): boolean;
  /** Resolves once LISTEN is in place for every channel subscribed so far. */
  ready(): Promise<void>;
  close(): Promise<void>;
};

// One dedicated connection per process for LISTEN (a pooled one would be returned and lose it).
// NOTIFY is sent by the writer inside its transaction, so listeners hear of a change only once
// it is committed. When the connection drops it is re-opened with backoff and every gap reported.
export function createNotifications(connectionString: string, logger: Logger): Notifications {
  const handlers = new Map<string, Array<(payload: string) => void>>();
  const gapHandlers: Array<() => void> = [];
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let delay = 250;
  let connecting: Promise<void> | undefined;

  async function connect(): Promise<void> {
    const next = new pg.Client({ connectionString });
    next.on('error', (error) => logger.warn({ err: error }, 'notification connection failed'));
    next.on('end', () => {
      listening = false;
      client = undefined;
      if (!closed) reconnectLater();
    });
    next.on('notification', (message) => {
      for (const handler of handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    await next.connect();
    for (const channel of handlers.keys()) await next.query(`listen ${pg.escapeIdentifier(channel)}`);
    client = next;
    listening = true;
    delay = 250;
  }

  function reconnectLater(): void {
    const timer = setTimeout(() => {
      connecting = connect()
        .then(() => {
          for (const handler of gapHandlers) handler();
        })
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'notification reconnect failed');
          delay = Math.min(delay * 2, 10_000);
          if (!closed) reconnectLater();
        });
    }, delay);
    timer.unref();
  }

  connecting = connect().catch((error: unknown) => {
    logger.warn({ err: error }, 'notification connection failed');
    reconnectLater();
  });

  return {
    subscribe(channel, handler) {
      const known = handlers.get(channel);
      if (known) {
        known.push(handler);
        return;
      }
      handlers.set(channel, [handler]);
      if (client && listening)
        connecting = client.query(`listen ${pg.escapeIdentifier(channel)}`).then(() => undefined);
    },
    onGap(handler) {
      gapHandlers.push(handler);
    },
    isListening: () => listening,
    async ready() {
      await connecting;
    },
    async close() {
      closed = true;
      listening = false;
      await connecting?.catch(() => undefined);
      await client?.end().catch(() => undefined);
    },
  };
}
