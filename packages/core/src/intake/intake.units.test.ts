import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decryptJson, encryptJson, loadIntakeKey } from './contact-cipher.ts';
import { createGroupCommit } from '../platform/db/group-commit.ts';
import { IntakeError } from './intake.errors.ts';
import { followUpCodeHash, isValidReportNumber, newFollowUpCode, newReportNumber } from './report-codes.ts';
import { triageReport } from './triage.ts';
import { normaliseReportedUrl } from './url-normaliser.ts';

describe('normaliseReportedUrl', () => {
  it('makes spellings of one page one URL', () => {
    assert.deepEqual(normaliseReportedUrl(' HTTP://User:pw@WWW.Example.ORG.:80/a/./b/../c?q=1#top '), {
      url: 'http://www.example.org/a/c?q=1',
      host: 'www.example.org',
    });
    assert.deepEqual(normaliseReportedUrl('example.org/Path'), { url: 'http://example.org/Path', host: 'example.org' });
    assert.deepEqual(normaliseReportedUrl('example.org:8080/x'), {
      url: 'http://example.org:8080/x',
      host: 'example.org',
    });
    assert.equal((normaliseReportedUrl('https://bücher.example/') as { host: string }).host, 'xn--bcher-kva.example');
  });
  it('refuses media carried in the URL and non-web schemes', () => {
    assert.deepEqual(normaliseReportedUrl('data:image/png;base64,AAAA'), { problem: 'url_embedded_data' });
    assert.deepEqual(normaliseReportedUrl('BLOB:https://example.org/x'), { problem: 'url_embedded_data' });
    assert.deepEqual(normaliseReportedUrl('javascript:alert(1)'), { problem: 'url_unsupported' });
    assert.deepEqual(normaliseReportedUrl('ftp://example.org/x'), { problem: 'url_unsupported' });
    assert.deepEqual(normaliseReportedUrl('not a url'), { problem: 'url_invalid' });
  });
});

describe('report codes', () => {
  it('report numbers are 3-3-4 digits with a check digit that catches a misheard digit', () => {
    for (let i = 0; i < 200; i += 1) {
      const n = newReportNumber();
      assert.match(n, /^[1-9]\d{2}-\d{3}-\d{4}$/);
      assert.ok(isValidReportNumber(n));
      const d = Number(n[0]);
      assert.ok(!isValidReportNumber(`${(d % 9) + 1}${n.slice(1)}`));
    }
  });
  it('follow-up codes survive how people type them', () => {
    const code = newFollowUpCode();
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    assert.equal(followUpCodeHash(code.toLowerCase().replaceAll('-', ' ')), followUpCodeHash(code));
    assert.equal(followUpCodeHash('0O1I-L'), followUpCodeHash('0011-1'));
    assert.notEqual(followUpCodeHash(newFollowUpCode()), followUpCodeHash(code));
  });
});

describe('contact cipher', () => {
  it('generates a 0600 key once and round-trips with tamper detection', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigie-key-'));
    try {
      const key = loadIntakeKey(dir, undefined);
      assert.equal(key.length, 32);
      assert.equal(statSync(join(dir, 'secrets', 'intake.key')).mode & 0o777, 0o600);
      assert.deepEqual(loadIntakeKey(dir, undefined), key);
      const sealed = encryptJson(key, { email: 'a@example.org' });
      assert.deepEqual(decryptJson(key, sealed), { email: 'a@example.org' });
      sealed.writeUInt8(sealed.readUInt8(sealed.length - 1) ^ 1, sealed.length - 1);
      assert.throws(() => decryptJson(key, sealed));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('triage', () => {
  it('ranks danger now, then harm close, then person information, then a child reporting, then type', () => {
    const now = triageReport({ type: 'other', incident: { happeningNow: true } });
    const meeting = triageReport({ type: 'other', incident: { meetingPlanned: true }, suspect: { names: 'x' } });
    const threats = triageReport({ type: 'other', incident: { threats: true } });
    const person = triageReport({ type: 'other', victim: { age: '14' } });
    const plain = triageReport({ type: 'child_trafficking', suspect: { names: '  ' } });
    assert.ok(now.priority > meeting.priority && meeting.priority > person.priority);
    assert.ok(threats.priority > person.priority && person.priority > plain.priority);
    assert.equal(plain.hasPersonInfo, false);
    // A teenager whose own image is shared comes before others' reports with person information.
    const teen = triageReport({ type: 'non_consensual_intimate_images', victim: { reporterIsVictim: true } });
    const trafficking = triageReport({ type: 'child_trafficking', victim: { age: '15' } });
    assert.ok(teen.priority > trafficking.priority);
    const bare = (type: Parameters<typeof triageReport>[0]['type']) => triageReport({ type }).priority;
    assert.ok(bare('non_consensual_intimate_images') > bare('child_sexual_abuse_material'));
  });
});

describe('group commit', () => {
  it('batches what arrives during a commit and isolates a failing item', async () => {
    const batches: number[][] = [];
    const gc = createGroupCommit<number, number>(
      async (items) => {
        batches.push(items);
        await new Promise((r) => setImmediate(r));
        if (items.includes(13)) throw new Error('bad item');
        return items.map((i) => i * 2);
      },
      { maxBatch: 10, maxWaiting: 100 },
    );
    const results = await Promise.allSettled([1, 2, 13, 4].map((i) => gc.submit(i)));
    assert.deepEqual(
      results.map((r) => (r.status === 'fulfilled' ? r.value : 'rejected')),
      [2, 4, 'rejected', 8],
    );
    assert.deepEqual(batches[0], [1]);
    assert.deepEqual(batches[1], [2, 13, 4]);
  });
  it('sheds load beyond the waiting limit', async () => {
    let release: () => void = () => undefined;
    const gc = createGroupCommit<number, number>(
      async (items) => {
        await new Promise<void>((r) => (release = r));
        return items;
      },
      { maxBatch: 10, maxWaiting: 2, busy: () => new IntakeError('INTAKE_BUSY') },
    );
    const first = gc.submit(1);
    const waiting = [gc.submit(2), gc.submit(3)];
    await assert.rejects(gc.submit(4), { code: 'INTAKE_BUSY' });
    release();
    await first;
    await new Promise((r) => setImmediate(r));
    release();
    assert.deepEqual(await Promise.all(waiting), [2, 3]);
  });
});
