import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

// A mail server on loopback for tests (smtp-server, the real protocol): it keeps every message
// it accepts, raw and parsed by mailparser. Recipients can be refused (a bounce), and a test can
// act on a message before the server answers DATA (to kill the sender at the worst moment).

/** `envelopeId`: the ENVID the client gave at MAIL FROM (RFC 3461 DSN), null without one. */
export type ReceivedMail = { from: string; to: string[]; envelopeId: string | null; raw: Buffer; parsed: ParsedMail };

export type MailServerOptions = {
  /** Addresses refused at RCPT TO with a 550 (a permanent failure). */
  refuse?: (address: string) => boolean;
  /** Answers DATA with 451 (try again later) while it returns true. */
  deferData?: (mail: ReceivedMail) => boolean;
  /** Called with a complete message before the server accepts it; accepted when it resolves. */
  beforeAccept?: (mail: ReceivedMail) => Promise<void>;
};

export type MailServer = {
  port: number;
  /** Every message accepted, in order. */
  received: ReceivedMail[];
  close(): Promise<void>;
};

export async function startMailServer(options: MailServerOptions = {}): Promise<MailServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // DSN offered, as Postfix and Exim offer it (smtp-server hides it by default).
    hideDSN: false,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      if (options.refuse?.(address.address)) {
        const error = Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        void simpleParser(raw).then(async (parsed) => {
          const mail = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            envelopeId: (session.envelope as { dsn?: { envid?: string | null } }).dsn?.envid ?? null,
            raw,
            parsed,
          };
          if (options.deferData?.(mail))
            return callback(Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 }));
          await options.beforeAccept?.(mail);
          received.push(mail);
          callback(null);
        }, callback);
      });
    },
  });
  // A client that dies mid-conversation (the crash tests SIGKILL workers) resets its connection:
  // a real server logs that and goes on, and so does this one.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
