import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatLocal, formatRegions, parseRegions } from './setting-values.ts';

test('regions go to lines and back, names per language or for every language', () => {
  const regions = [
    { code: 'BRU', name: { en: 'Brussels', fr: 'Bruxelles' } },
    { code: 'WAL', name: 'Wallonie' },
  ];
  const text = formatRegions(regions);
  assert.equal(text, 'BRU | en: Brussels | fr: Bruxelles\nWAL | Wallonie');
  assert.deepEqual(parseRegions(`${text}\n\n`), { regions });
  assert.deepEqual(parseRegions('BRU | Brussels\nWAL'), { badLine: 2 });
  assert.deepEqual(
    parseRegions('BRU | Brussels | fr: Bruxelles'),
    { badLine: 1 },
    'plain and per-language names mixed',
  );
  assert.equal(formatLocal({ en: 'Hotline', fr: 'Ligne' }), 'en: Hotline · fr: Ligne');
  assert.equal(formatLocal(null), '');
});
