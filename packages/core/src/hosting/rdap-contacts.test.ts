import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkEmail } from './email-check.ts';
import { contactsWithRole, followedEntityContacts, rdapErrorOf } from './rdap-contacts.ts';

const dir = join(import.meta.dirname, '../../test/fixtures/rdap');
const load = (name: string): unknown => {
  const folder = readdirSync(join(dir, 'registries')).includes(name) ? 'registries' : 'shapes';
  return JSON.parse(readFileSync(join(dir, folder, name), 'utf8').replaceAll('{{base}}', 'http://rdap.test-base/'));
};
const url = 'http://rdap.test-base/queried';
const emailsOf = (e: ReturnType<typeof contactsWithRole>) => e.contacts.map((c) => [...c.emails]);

test('ARIN: the abuse entity nested under the registrant, combined roles, the same entity at two depths', () => {
  const google = contactsWithRole(
    load('ip_arin_74.125.225.229_google_abuse-nested-under-registrant.json'),
    url,
    'abuse',
  );
  assert.deepEqual(emailsOf(google), [['arin-contact@google.com']]);
  assert.deepEqual(google.contacts[0]!.entity.path, ['GOGL', 'ZG39-ARIN']);

  const twice = contactsWithRole(load('ip_arin_192.198.0.0_abuse-top-and-nested.json'), url, 'abuse');
  assert.deepEqual(emailsOf(twice), [['daniel.petsinger@radiolinkinternet.com']], 'listed twice, one contact');
  assert.equal(twice.contacts[0]!.entity.path.length, 1, 'the shallower listing is the one kept');

  const amazon = contactsWithRole(load('autnum_arin_AS16509_amazon_abuse-nested.json'), url, 'abuse');
  assert.deepEqual(emailsOf(amazon), [['abuse@amazonaws.com']], 'routing, NOC and technical contacts are not abuse');
});

test('RIPE: an abuse role entity with three addresses and nested entities without any', () => {
  const bt = contactsWithRole(
    load('ip_ripe_62.239.237.1_bt_abuse-role-with-nested-entities_3-emails.json'),
    url,
    'abuse',
  );
  assert.deepEqual(emailsOf(bt), [['zzdnsr@bt.com', 'steve.a.marshall@bt.com', 'lee.bailey-hague@bt.com']]);
  assert.deepEqual(bt.follow, []);
});

test('gTLD: the registrar nested abuse contact; registrants redacted by remark are never used', () => {
  const answer = load('domain_gtld_microsoft.click_registrar-nested-abuse_redacted-contacts.json');
  const abuse = contactsWithRole(answer, url, 'abuse', 'registrant');
  assert.deepEqual(emailsOf(abuse), [['abusecomplaints@markmonitor.com']]);
  assert.deepEqual(abuse.contacts[0]!.entity.path, ['292', 'CO_03a1e5a41de9801039c48cce9ea7414f-UR']);
});

test('ccTLD without an abuse role: no abuse contact, the registrar (sponsor and registrar) is next', () => {
  const answer = load('domain_cctld-afnic_lemonde.fr_no-abuse-role.json');
  assert.deepEqual(contactsWithRole(answer, url, 'abuse', 'registrant').contacts, []);
  const registrar = contactsWithRole(answer, url, 'registrar', 'registrant');
  assert.deepEqual(emailsOf(registrar), [['registrar@nameshield.net']]);
});

test('a placeholder address at a reserved domain (RFC 9083 figure 15) is refused, with why', () => {
  const wrapped = { entities: [load('entity_rfc9083-fig15_placeholder-example.com.json')] };
  const registrar = contactsWithRole(wrapped, url, 'registrar');
  assert.deepEqual(registrar.contacts, []);
  assert.deepEqual(
    registrar.refused.map((r) => [r.email, r.reason]),
    [['joe.user@example.com', 'placeholder']],
  );
});

test('error objects give no contact and are recognised, whatever the status', () => {
  assert.deepEqual(rdapErrorOf(load('error_ripe_501.json')), {
    code: 501,
    title: '501 Not Implemented: Nameserver not supported',
  });
  assert.equal(rdapErrorOf(load('error_200-with-error-object.json'))?.code, 404);
  assert.equal(rdapErrorOf(load('error_400_bad-request.json'))?.title, 'Bad Request: The query is malformed.');
  assert.deepEqual(contactsWithRole(load('error_ripe_501.json'), url, 'abuse').contacts, []);
  assert.equal(rdapErrorOf(load('ip_arin_192.198.0.0_abuse-top-and-nested.json')), undefined);
});

test('an abuse entity without an e-mail is followed by its self link, and its own object gives the address', () => {
  const answer = contactsWithRole(load('ip_abuse-without-email_follow-self-link.json'), url, 'abuse');
  assert.deepEqual(answer.contacts, [], 'the technical contact is not taken for the abuse one');
  assert.deepEqual(
    answer.follow.map((f) => f.url),
    ['http://rdap.test-base/entity/ABUSE-FH'],
  );
  const followed = followedEntityContacts(
    load('entity_abuse-fh.json'),
    answer.follow[0]!.url,
    answer.follow[0]!.entity,
    'abuse',
  );
  assert.deepEqual(emailsOf(followed), [['abuse-desk@fixture-hosting.hosting-fixture']]);
  assert.equal(followed.contacts[0]!.entity.name, 'Fixture Hosting Abuse Desk');
  assert.equal(followed.contacts[0]!.entity.language, 'fr', 'the preferred language of the vCard');
  const nothing = followedEntityContacts(
    { objectClassName: 'entity', handle: 'X' },
    'http://rdap.test-base/entity/X',
    answer.follow[0]!.entity,
    'abuse',
  );
  assert.deepEqual(nothing.contacts, []);
  assert.equal(nothing.refused[0]?.reason, 'no_email');
});

test('roles in capitals and combined, preference order, duplicates, and an entity with no role', () => {
  const answer = contactsWithRole(load('ip_roles-combined_no-roles_duplicated.json'), url, 'abuse');
  assert.deepEqual(emailsOf(answer), [['abuse@second-host.hosting-fixture', 'ops@second-host.hosting-fixture']]);
  assert.deepEqual(
    answer.refused.map((r) => [r.email, r.reason]),
    [['someone@second-host.hosting-fixture', 'no_role']],
  );
});

test('RFC 9537: the registrant and its contacts are never used; redacted roles are refused as redacted', () => {
  const answer = load('domain_registrar-nested-abuse_rfc9537-registrant.json');
  const abuse = contactsWithRole(answer, url, 'abuse', 'registrant');
  assert.deepEqual(emailsOf(abuse), [['abuse@registrar-one.hosting-fixture']]);
  const technical = contactsWithRole(answer, url, 'technical');
  assert.deepEqual(technical.contacts, []);
  assert.deepEqual(
    technical.refused.map((r) => r.reason),
    ['redacted'],
  );
  const registrant = contactsWithRole(answer, url, 'registrant');
  assert.deepEqual(registrant.contacts, [], 'a replacement value is not the registrant');
  assert.equal(registrant.refused[0]?.reason, 'redacted');
});

test('a redacted abuse contact with placeholders: every address refused, the registrar itself still usable', () => {
  const answer = load('domain_abuse-redacted-and-placeholders_registrar-fallback.json');
  const abuse = contactsWithRole(answer, url, 'abuse', 'registrant');
  assert.deepEqual(abuse.contacts, []);
  assert.equal(abuse.refused.length, 4);
  assert.deepEqual(
    abuse.refused.map((r) => r.reason),
    ['redacted', 'redacted', 'redacted', 'redacted'],
  );
  assert.deepEqual(emailsOf(contactsWithRole(answer, url, 'registrar', 'registrant')), [
    ['desk@registrar-two.hosting-fixture'],
  ]);

  const masked = load('domain_placeholders-only.json');
  const refused = contactsWithRole(masked, url, 'abuse', 'registrant').refused.map((r) => [r.email, r.reason]);
  assert.deepEqual(refused, [
    ['abuse@registrar-three.invalid', 'placeholder'],
    ['not an address', 'invalid'],
  ]);
  assert.deepEqual(contactsWithRole(masked, url, 'registrar', 'registrant').contacts, [], 'noreply is no recipient');
});

test('the e-mail check refuses markers, reserved names and malformed addresses', () => {
  for (const bad of [
    'REDACTED FOR PRIVACY',
    'Please query the RDDS service of the Registrar of Record',
    'abuse@example.com',
    'abuse@shop.example',
    'abuse@host.test',
    'abuse@localhost',
    'no-reply@host.hosting-fixture',
    'nobody@host.hosting-fixture',
    'abuse at host dot org',
    'a@b',
    '',
  ])
    assert.equal(checkEmail(bad).ok, false, bad);
  for (const good of [
    'abuse@host.hosting-fixture',
    'mailto:Abuse-Desk+nt@sub.host.hosting-fixture',
    'abuse@xn--bcher-kva.hosting-fixture',
  ])
    assert.equal(checkEmail(good).ok, true, good);
});

test('every fixture is read without throwing, and every address found passes the e-mail check', () => {
  const transit = contactsWithRole(load('autnum_64500_transit-abuse.json'), url, 'abuse');
  assert.deepEqual(emailsOf(transit), [['abuse@transit.hosting-fixture']]);
  let files = 0;
  for (const folder of ['registries', 'shapes'])
    for (const name of readdirSync(join(dir, folder))) {
      files++;
      for (const role of ['abuse', 'registrar', 'technical']) {
        const found = contactsWithRole(load(name), url, role, role === 'abuse' ? undefined : 'registrant');
        for (const c of found.contacts) for (const e of c.emails) assert.equal(checkEmail(e).ok, true, `${name}: ${e}`);
      }
    }
  assert.equal(files, 17);
});
