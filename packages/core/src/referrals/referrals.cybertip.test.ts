import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { publicOrigin, markReport, recipient, startApiReceiver, type ApiReceiver } from './referrals.test-helpers.ts';

// The CyberTipline-style XML of a referral, parsed back as a recipient's import would: the
// reporter is the hotline (never the member of the public), the incident summary carries the
// report's type and date, internet details its URLs, and one fileDetails per banked media with
// its SHA-256, SHA-1, MD5 and PDQ. Markup in the report stays text.

let t: Awaited<ReturnType<typeof createTestApp>>;
let api: ApiReceiver;
let xml: string;
let sha256: string;
const urls = ['https://gallery-xml.example.test/album/7?a=1&b=2', 'https://mirror-xml.example.test/p/7'];

before(async () => {
  api = await startApiReceiver();
  t = await createTestApp({
    VIGIE_FETCH_ALLOW_NETWORKS: '127.0.0.0/8',
    VIGIE_NOTICE_ORGANISATION: 'Example Hotline',
    VIGIE_NOTICE_DOMAIN: 'hotline.example.org',
    VIGIE_NOTICE_CONTACT: 'referrals@hotline.example.org',
  });
  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const analyst = await createStaffSession(t.ctx, 'analyst');
  const added = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referral-recipients',
    headers: supervisor.headers,
    payload: recipient('XML police (test)', { apiUrl: api.url, formats: ['json', 'cybertip_xml'] }),
  });
  assert.equal(added.statusCode, 201, added.body);
  const { id: reportId } = await t.ctx.intake.submitReport(
    {
      type: 'luring',
      urls,
      description: 'He wrote <script>alert(1)</script> & asked for "pictures".',
      incident: { platform: 'ChatApp', when: 'last Tuesday evening' },
      suspect: { usernames: ['dark_angel_77'], platform: 'ChatApp' },
      reporter: { region: 'MB', contact: { name: 'Jane Reporter', email: 'jane.reporter@example.test' } },
    },
    publicOrigin,
  );
  await markReport(t.ctx, reportId);
  sha256 = (await t.ctx.db.selectFrom('detection').select('sha256').executeTakeFirstOrThrow()).sha256;
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/referrals',
    headers: analyst.headers,
    payload: { reportId, recipientId: added.json().id, classification: 'Criminal Code 172.1' },
  });
  assert.equal(created.statusCode, 201, created.body);
  await t.drain();
  const file = await t.ctx.db
    .selectFrom('referral_file')
    .select('bytes')
    .where('referral_id', '=', created.json().referrals[0].id)
    .where('name', '=', 'cybertip.xml')
    .executeTakeFirstOrThrow();
  xml = file.bytes.toString('utf8');
});
after(async () => {
  await t?.close();
  await api?.close();
});

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const doc = () => parseDocument(xml, { xmlMode: true, decodeEntities: true });
const one = (parent: Element | ReturnType<typeof doc>, name: string) => {
  const found = DomUtils.getElementsByTagName(name, parent, true);
  assert.ok(found.length > 0, `<${name}> is present`);
  return found[0]!;
};
const textOf = (parent: Element, name: string) => DomUtils.textContent(one(parent, name));

test('the XML is well formed with a single <report> root', () => {
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<report>\n/);
  const roots = doc().children.filter((c) => c.type === 'tag') as Element[];
  assert.deepEqual(
    roots.map((r) => r.name),
    ['report'],
  );
  // Every element closes where it opened (htmlparser2 is lenient: check the nesting ourselves).
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name);
    else stack.push(name!);
  }
  assert.deepEqual(stack, []);
});

test('reporter: the hotline, never the member of the public', () => {
  const reporter = one(doc(), 'reporter');
  assert.equal(textOf(reporter, 'firstName'), 'Example Hotline');
  assert.equal(textOf(reporter, 'email'), 'referrals@hotline.example.org');
  assert.match(textOf(reporter, 'companyTemplate'), /^Referral VR-\d{4}-[0-9A-F]{8} from Example Hotline/);
  assert.ok(!xml.includes('Jane') && !xml.includes('jane.reporter'), "the reporter's contact stays at the hotline");
});

test('incident summary: the type in NCMEC’s words and the report’s date', () => {
  const summary = one(doc(), 'incidentSummary');
  assert.equal(textOf(summary, 'incidentType'), 'Online Enticement of Children for Sexual Act');
  assert.ok(!Number.isNaN(Date.parse(textOf(summary, 'incidentDateTime'))));
  assert.equal(textOf(summary, 'incidentDateTimeDescription'), 'last Tuesday evening');
});

test('internet details: one web page incident per reported URL, escaped and decoded back', () => {
  const pages = DomUtils.getElementsByTagName('webPageIncident', one(doc(), 'internetDetails'), true);
  assert.deepEqual(
    pages.map((p) => textOf(p, 'url')),
    urls,
  );
  const suspect = one(doc(), 'personOrUserReported');
  assert.equal(textOf(suspect, 'screenName'), 'dark_angel_77');
  assert.equal(textOf(suspect, 'espService'), 'ChatApp');
  const report = one(doc(), 'report');
  const info = report.children.find((c) => c.type === 'tag' && (c as Element).name === 'additionalInfo') as Element;
  assert.match(DomUtils.textContent(info), /He wrote <script>alert\(1\)<\/script> & asked for "pictures"\./);
  assert.match(DomUtils.textContent(info), /Classification: Criminal Code 172\.1/);
  assert.equal(DomUtils.getElementsByTagName('script', doc(), true).length, 0, 'markup stayed text');
});

test('files: one fileDetails per banked media with its hashes', () => {
  const files = DomUtils.getElementsByTagName('fileDetails', doc(), true);
  assert.equal(files.length, 1);
  const details = one(files[0]!, 'details');
  assert.equal(details.attribs.type, 'HASH');
  const pairs = Object.fromEntries(
    DomUtils.getElementsByTagName('nameValuePair', details, true).map((p) => [textOf(p, 'name'), textOf(p, 'value')]),
  );
  assert.equal(pairs.SHA256, sha256);
  assert.equal(pairs.SHA1, sha256.slice(0, 40));
  assert.equal(pairs.MD5, sha256.slice(0, 32));
  const capture = one(files[0]!, 'ipCaptureEvent');
  assert.equal(textOf(capture, 'ipAddress'), '192.0.2.10');
  assert.match(textOf(files[0]!, 'additionalInfo'), /prepubescent/);
});
