import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import * as openpgp from 'openpgp';
import type { AgeBand, ReferralRecipientBody } from '@vigie/contract';
import { cliActor } from '../audit/index.ts';
import type { AppContext } from '../context.ts';

// Shared by the referral tests: a recipient's OpenPGP key pair, reports submitted as the public
// would, and reports marked as the crawler marks them (a planted detection of banked material).

export async function keyPair(email: string) {
  return openpgp.generateKey({ userIDs: [{ name: 'Test recipient', email }], format: 'armored' });
}

/** Decrypts an armored PGP message with the recipient's private key. */
export async function decrypt(armored: string, privateKey: string): Promise<Buffer> {
  const { data } = await openpgp.decrypt({
    message: await openpgp.readMessage({ armoredMessage: armored }),
    decryptionKeys: await openpgp.readPrivateKey({ armoredKey: privateKey }),
    format: 'binary',
  });
  return Buffer.from(data as Uint8Array);
}

export const publicOrigin = {
  source: 'api' as const,
  language: 'en',
  address: '192.0.2.7',
  actor: { type: 'anonymous' as const, address: '192.0.2.7' },
};

let reports = 0;

export async function submitReport(
  ctx: AppContext,
  fields: Partial<{ type: string; urls: string[]; description: string; region: string }> = {},
): Promise<string> {
  reports += 1;
  const { id } = await ctx.intake.submitReport(
    {
      type: fields.type ?? 'child_sexual_abuse_material',
      urls: fields.urls ?? [`https://gallery-${reports}.example.test/album/${reports}`],
      description: fields.description ?? `Pictures of a child on a gallery site (${reports}).`,
      ...(fields.region ? { reporter: { region: fields.region } } : {}),
    },
    publicOrigin,
  );
  return id;
}

let planted = 0;

/**
 * Marks a report as the crawler does when its URL led to confirmed material: a bank entry, its
 * media (made-up digests: no media exists), a detection at the report's URL and the mark.
 */
export async function markReport(
  ctx: AppContext,
  reportId: string,
  labels: { ageBand?: AgeBand; activity?: 'sexual_posing' | 'penetrative_sexual_activity' } = {
    ageBand: 'prepubescent',
    activity: 'penetrative_sexual_activity',
  },
  address = '192.0.2.10',
): Promise<void> {
  planted += 1;
  const bank = await ctx.hashbank.createBank(`REFERRAL_${planted}_${process.pid}`, {}, cliActor);
  const sha256 = planted.toString(16).padStart(64, 'a');
  const [entryId] = await ctx.hashbank.addEntries(
    [{ bankId: bank.id, signals: { sha256 }, uses: ['notice_and_takedown'], labels }],
    cliActor,
    { action: 'test.bank-filled' },
  );
  const at = ctx.now();
  await ctx.db
    .insertInto('media')
    .values({
      sha256,
      sha1: sha256.slice(0, 40),
      md5: sha256.slice(0, 32),
      kind: 'image',
      format: 'png',
      size: 1000,
      state: 'known',
      entry_id: String(entryId),
      bank_id: bank.id,
      age_band: labels.ageBand ?? null,
      activity: labels.activity ?? null,
      first_seen_at: at,
      last_seen_at: at,
    })
    .execute();
  const url = await ctx.db
    .selectFrom('report_url')
    .innerJoin('reported_url', 'reported_url.id', 'report_url.url_id')
    .select('reported_url.url')
    .where('report_url.report_id', '=', reportId)
    .executeTakeFirstOrThrow();
  const detection = await ctx.db
    .insertInto('detection')
    .values({
      sha256,
      url: url.url,
      page_url: null,
      address,
      entry_id: String(entryId),
      bank_id: bank.id,
      source: 'capture',
      notice_state: 'not_applicable',
      first_seen_at: at,
      last_seen_at: at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await ctx.db
    .insertInto('report_auto_referral')
    .values({ report_id: reportId, detection_ids: [String(detection.id)], marked_at: at })
    .execute();
}

export function recipient(name: string, fields: Partial<ReferralRecipientBody>): ReferralRecipientBody {
  return {
    name,
    kind: 'police',
    country: 'CA',
    region: 'MB',
    language: 'en',
    channel: 'https_api',
    apiUrl: 'https://api.police-mb.example.test/referrals',
    apiSecret: 'a shared secret of sixteen+ chars',
    formats: ['json', 'html', 'pdf', 'cybertip_xml'],
    ...fields,
  };
}

export type ApiReceiver = Readonly<{
  url: string;
  /** Every request received: headers and the parsed JSON body. */
  posts: Array<{
    headers: IncomingHttpHeaders;
    /** The body as received (what the signature covers). */
    raw: string;
    body: {
      reference: string;
      referral: Record<string, unknown> & { report: { number: string; type: string } };
      files: Array<{ name: string; sha256: string; base64: string }>;
    };
  }>;
  close(): Promise<void>;
}>;

/** A certificate for 127.0.0.1 made with the system's openssl (trusted by the test's outbound only). */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1'],
        ...['-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A private certificate authority made with the system's openssl, and a certificate for 127.0.0.1
 * it issued (trusted by nothing but what is given `ca`).
 */
export function privateAuthority(): { ca: string; key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vigie-ca-'));
  const file = (name: string) => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  const run = (args: string[]) => execFileSync('openssl', args, { stdio: 'ignore' });
  try {
    run(
      ['req', '-x509', ...ec, '-days', '2', '-subj', '/CN=Police test authority', ...['-keyout', file('ca.key')]]
        .concat(['-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign'])
        .concat(['-out', file('ca.pem')]),
    );
    run(['req', ...ec, '-subj', '/CN=127.0.0.1', '-keyout', file('key.pem'), '-out', file('server.csr')]);
    writeFileSync(file('ext.cnf'), 'subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n');
    run(
      ['x509', '-req', '-in', file('server.csr'), '-CA', file('ca.pem'), '-CAkey', file('ca.key')].concat([
        '-CAcreateserial',
        '-days',
        '1',
        '-extfile',
        file('ext.cnf'),
        '-out',
        file('cert.pem'),
      ]),
    );
    const read = (name: string) => readFileSync(file(name), 'utf8');
    return { ca: read('ca.pem'), key: read('key.pem'), cert: read('cert.pem') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A recipient's HTTPS API stand-in on loopback: over TLS with `tls` (the test's outbound trusts the
 * certificate through `outboundCa`), else plain HTTP (the directory allows it for loopback only).
 */
export async function startApiReceiver(
  path = '/referrals',
  tls?: { key: string; cert: string },
  answer = '{}',
  status = 201,
): Promise<ApiReceiver> {
  const posts: ApiReceiver['posts'] = [];
  const listener: RequestListener = (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      posts.push({
        headers: request.headers,
        raw: Buffer.concat(chunks).toString('utf8'),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      });
      response.writeHead(status, { 'content-type': 'application/json' }).end(answer);
    });
  };
  const server = tls ? createHttpsServer(tls, listener) : createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}${path}`,
    posts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
