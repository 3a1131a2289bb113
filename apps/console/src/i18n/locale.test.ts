import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { initialLocale } from './initial-locale.ts';

describe('initialLocale', () => {
  it('keeps the stored choice, else the browser’s first language the console has, else English', () => {
    assert.equal(initialLocale('fr', ['en-CA']), 'fr');
    assert.equal(initialLocale(null, ['de-DE', 'fr-CA', 'en']), 'fr');
    assert.equal(initialLocale('xx', ['EN-gb']), 'en');
    assert.equal(initialLocale(null, ['de', 'es']), 'en');
  });
});
