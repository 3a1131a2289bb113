import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatWait, groupSecret, normaliseTotpCode } from './format.ts';
import { createTranslator } from './i18n/translate.ts';

const en = createTranslator('en');
const fr = createTranslator('fr');

describe('groupSecret', () => {
  it('groups a base32 secret in fours for reading aloud', () => {
    assert.equal(groupSecret('JBSWY3DPEHPK3PXP'), 'JBSW Y3DP EHPK 3PXP');
    assert.equal(groupSecret('jbswy3dpehpk3pxpab'), 'JBSW Y3DP EHPK 3PXP AB');
    assert.equal(groupSecret(' JBSW Y3DP '), 'JBSW Y3DP');
    assert.equal(groupSecret(''), '');
  });
});

describe('normaliseTotpCode', () => {
  it('accepts six digits typed with a space or hyphen', () => {
    assert.equal(normaliseTotpCode('123456'), '123456');
    assert.equal(normaliseTotpCode(' 123 456 '), '123456');
    assert.equal(normaliseTotpCode('123-456'), '123456');
  });

  it('rejects anything else', () => {
    for (const input of ['', '12345', '1234567', '12345a', '１２３４５６']) {
      assert.equal(normaliseTotpCode(input), null, input);
    }
  });
});

describe('formatWait', () => {
  it('speaks in seconds under a minute and whole minutes, rounded up, beyond', () => {
    assert.equal(formatWait(1, en), 'in 1 second');
    assert.equal(formatWait(42.2, en), 'in 43 seconds');
    assert.equal(formatWait(60, en), 'in 1 minute');
    assert.equal(formatWait(61, en), 'in 2 minutes');
    assert.equal(formatWait(900, en), 'in 15 minutes');
    assert.equal(formatWait(0, en), 'in 1 second');
    assert.equal(formatWait(2, fr), 'dans 2 secondes');
  });
});
