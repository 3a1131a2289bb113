import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseNoticeSettings } from '../platform/notice-settings.ts';
import { loadNoticeTemplates, renderNotice } from './notice-render.ts';
import { emailRecipient } from './notices.test-helpers.ts';
import type { Notice, NoticeItem } from './notices.types.ts';
import { compileTemplate } from './template.ts';
import { validateXarf } from './xarf.ts';

// The templates and the rendering, without I/O beyond reading template files.

const settings = parseNoticeSettings({ VIGIE_NOTICE_DOMAIN: 'hotline.example' }, []);
const notice = (extra: Partial<Notice> = {}): Notice => ({
  id: '0b8e4b1e-4f5a-4e4f-9d47-2a0c8f1d3b6a',
  recipientKey: 'p',
  recipient: emailRecipient('p', 'abuse@p.test', { relationship: 'links', country: 'DE' }),
  language: 'en',
  origin: 'automatic',
  status: 'collecting',
  dueAt: new Date(0),
  createdAt: new Date(0),
  sentAt: null,
  respondedAt: null,
  response: null,
  note: null,
  ...extra,
});
const item = (classification: string | null, url = 'https://a.example.test/x.jpg'): NoticeItem => ({
  detectionId: '1',
  reportId: '6f1c2b9e-8a7d-4c3b-9e2f-1a0b9c8d7e6f',
  url,
  pageUrl: 'https://a.example.test/page?<b>',
  address: null,
  sha256: 'a'.repeat(64),
  sha1: 'b'.repeat(40),
  md5: 'c'.repeat(32),
  mediaKind: 'image',
  classification,
  firstSeenAt: new Date('2026-11-30T10:00:00Z'),
});

test('templates insert values, repeat lists, escape in HTML and refuse unknown names', () => {
  const html = compileTemplate('<p>{{a}}</p>{{#list}}[{{x}}{{a}}]{{/list}}{{^list}}none{{/list}}', 't.html', 'html');
  assert.equal(html({ a: '<b>', list: [{ x: '1' }, { x: '2' }] }), '<p>&lt;b&gt;</p>[1&lt;b&gt;][2&lt;b&gt;]');
  assert.equal(html({ a: '', list: [] }), '<p></p>none');
  const text = compileTemplate('{{a}}', 't.txt', 'text');
  assert.equal(text({ a: '<b>' }), '<b>');
  assert.throws(() => compileTemplate('{{nope}}', 't.txt', 'text')({}), /unknown name \{\{nope\}\}/);
  assert.throws(() => compileTemplate('{{#a}}x', 't.txt', 'text'), /is not closed/);
  assert.throws(() => compileTemplate('x{{/a}}', 't.txt', 'text'), /closes nothing open/);
});

test('an operator’s template replaces the built-in one of its name, the others stay', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-templates-'));
  try {
    await writeFile(join(dir, 'subject.en.txt'), 'Takedown request {{noticeId}} from {{organisation}}\n');
    const templates = await loadNoticeTemplates(dir);
    const bodies = renderNotice({ settings, publicUrl: 'https://h.example', templates }, notice(), [item('A1')]);
    assert.equal(bodies.email?.subject, 'Takedown request 0b8e4b1e-4f5a-4e4f-9d47-2a0c8f1d3b6a from Vigie hotline');
    assert.match(bodies.email?.text ?? '', /which your service links to/);
    await writeFile(join(dir, 'notice.fr.html'), '{{#urls}}{{nope}}{{/urls}}');
    const broken = await loadNoticeTemplates(dir);
    assert.throws(
      () =>
        renderNotice({ settings, publicUrl: 'https://h.example', templates: broken }, notice({ language: 'fr' }), [
          item('A1'),
        ]),
      /unknown name \{\{nope\}\}/,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('every X-ARF report rendered validates; media without a tier get none, only the text', async () => {
  const templates = await loadNoticeTemplates(undefined);
  const render = (items: NoticeItem[]) =>
    renderNotice({ settings, publicUrl: 'https://h.example', templates }, notice(), items);
  for (const tier of ['A1', 'A2', 'B1', 'B2', 'baseline']) {
    const bodies = render([item(tier)]);
    assert.deepEqual(
      bodies.email?.reports.map((r) => r.filename),
      ['xarf.json'],
    );
    const report = JSON.parse(bodies.email!.reports[0]!.json);
    assert.equal(validateXarf(report).ok, true, `${tier}: ${JSON.stringify(validateXarf(report).errors)}`);
    assert.equal(report.classification, tier);
    assert.equal(report.domain, 'a.example.test');
  }
  const untiered = render([item(null)]);
  assert.deepEqual(untiered.email?.reports, []);
  assert.match(untiered.email!.text, /child sexual abuse material confirmed by analysts/);
  assert.doesNotMatch(untiered.email!.text, /X-ARF/);
  assert.match(untiered.email!.html, /page\?&lt;b&gt;/, 'URLs are escaped in HTML');
  assert.doesNotMatch(untiered.email!.text, /preserve for law enforcement/, 'Germany is not in the preservation list');
  // The specification's own sample validates: a control that the validator is the right one.
  const sample = await import('./xarf-schema/sample-content-csam.json', { with: { type: 'json' } });
  assert.equal(validateXarf(sample.default).ok, true);
  assert.equal(validateXarf({ ...sample.default, classification: 'C' }).ok, false);
});
