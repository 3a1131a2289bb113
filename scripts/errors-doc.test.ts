import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderErrorsDoc } from './errors-doc.ts';

test('docs/errors.md lists every error code as the code defines it', () => {
  const committed = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  assert.equal(committed, renderErrorsDoc(), 'run npm run docs:errors');
  assert.match(committed, /`AUTH_LOCKED` \| 423 \| retry-later/);
});
