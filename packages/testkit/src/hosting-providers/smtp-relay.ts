import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

// The installation's relay as tests see it (VIGIE_SMTP_HOST): it takes each message and hands it
// on over SMTP to the server of the recipient's domain (each simulated provider has its own),
// and answers the sender only when that server has answered, so "accepted" means the
// provider's server took it. A recipient a server refuses is refused at RCPT TO (a bounce).

export type RelayRoute = Readonly<{ port: number; refuses(address: string): boolean }>;

export type SmtpRelay = { port: number; close(): Promise<void> };

/** One message over SMTP to a loopback server: EHLO, MAIL, RCPT..., DATA (dot-stuffed), QUIT. */
export async function sendSmtp(port: number, from: string, to: readonly string[], raw: Buffer): Promise<void> {
  const socket = net.connect(port, '127.0.0.1');
  socket.setEncoding('utf8');
  let buffer = '';
  const waiters: Array<(line: string) => void> = [];
  socket.on('data', (chunk: string) => {
    buffer += chunk;
    for (let i = buffer.indexOf('\r\n'); i >= 0; i = buffer.indexOf('\r\n')) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 2);
      // Multi-line answers: only the last line (code then space) ends the answer.
      if (/^\d{3} /.test(line) || /^\d{3}$/.test(line)) waiters.shift()?.(line);
    }
  });
  const failed = new Promise<never>((_, reject) => socket.once('error', reject));
  const answer = () => Promise.race([new Promise<string>((resolve) => waiters.push(resolve)), failed]);
  const expect = async (command: string | null, ok: RegExp) => {
    const next = answer();
    if (command !== null) socket.write(`${command}\r\n`);
    const line = await next;
    if (!ok.test(line)) throw Object.assign(new Error(line), { responseCode: Number(line.slice(0, 3)) });
  };
  try {
    await expect(null, /^220/);
    await expect('EHLO relay.test', /^250/);
    await expect(`MAIL FROM:<${from}>`, /^250/);
    for (const address of to) await expect(`RCPT TO:<${address}>`, /^250/);
    await expect('DATA', /^354/);
    const text = raw.toString('utf8').replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
    await expect(`${text}${text.endsWith('\r\n') ? '' : '\r\n'}.`, /^250/);
    socket.write('QUIT\r\n');
  } finally {
    socket.end();
  }
}

export async function startSmtpRelay(route: (address: string) => RelayRoute | undefined): Promise<SmtpRelay> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address: SMTPServerAddress, _session, callback) {
      const target = route(address.address);
      if (!target || target.refuses(address.address))
        return callback(Object.assign(new Error('5.1.1 No such user here'), { responseCode: 550 }));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        const byPort = new Map<number, string[]>();
        for (const r of session.envelope.rcptTo) {
          const port = route(r.address)!.port;
          byPort.set(port, [...(byPort.get(port) ?? []), r.address]);
        }
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        Promise.all([...byPort].map(([port, to]) => sendSmtp(port, from, to, raw))).then(
          () => callback(null),
          (error: Error & { responseCode?: number }) =>
            callback(Object.assign(new Error(error.message), { responseCode: error.responseCode ?? 451 })),
        );
      });
    },
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') throw error;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = ((server as unknown as { server: { address(): AddressInfo } }).server.address() as AddressInfo).port;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
