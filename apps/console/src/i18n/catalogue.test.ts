import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { en, fr } from './catalogue.ts';
import { createTranslator } from './translate.ts';

const placeholders = (message: string): string[] => [...message.matchAll(/\{(\w+)/g)].map((m) => m[1] as string).sort();

describe('catalogues', () => {
  it('French has every English message, with the same placeholders', () => {
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    for (const [id, message] of Object.entries(en)) {
      assert.deepEqual(placeholders(fr[id as keyof typeof en]), placeholders(message), id);
    }
  });

  it('every message formats in both languages', () => {
    for (const locale of ['en', 'fr'] as const) {
      const t = createTranslator(locale);
      for (const id of Object.keys(en) as (keyof typeof en)[]) {
        const text = t(id, {
          ...{ count: 2, min: 12, email: 'a@example.org', role: 'analyst', wait: 'x', requestId: 'r' },
          ...{ organisation: 'Org', prefix: 'vgk_x', when: 'today', reason: 'why', title: 'T', date: 'd', seq: 3 },
          ...{ day: '2026-12-08', from: '2026-12-07', to: '2026-12-08', minutes: 5, hours: 1, max: 1440 },
          ...{ entry: 'example.org', address: 'example.org', version: 2, entries: 3, urls: 2, domains: 1 },
          ...{ added: 1, removed: 0, updated: 1, file: 'f.json', name: 'N', left: '1:00', reference: 'R' },
          ...{ recipient: 'P', fingerprint: 'SHA256:x', countries: 'FR', authorities: 'CN=CA (1 Jan 2027)' },
          ...{ number: '123-456-789', time: 't', type: 'x', state: 's', url: 'u', kind: 'k', code: 'c' },
          ...{ classification: 'c', decision: 'd' },
          ...{ used: 4, limit: 60 },
          ...{
            template: 'T',
            language: 'L',
            insert: 'i',
            section: 's',
            end: 'e',
            inverted: 'v',
            tag: 'g',
            subject: 'S',
          },
          ...{ percent: 100, threshold: 31, live: 3, withdrawn: 1, id: '7', bank: 'B', what: 'w', distance: 0 },
          ...{ page: 2, skipped: 0, errors: 1, lines: 5 },
          ...{ depth: 2, source: 's', first: 'f', last: 'l', contact: 'c', error: 'e', outcome: 'o' },
        });
        assert.ok(text.length > 0 && !text.includes('{'), `${locale} ${id}: ${text}`);
      }
    }
  });
});
