import assert from 'node:assert/strict';
import { test } from 'node:test';
import { signalTypes } from '@vigie/contract';
import { bankKeySignalTypes, exactSignalTypes, signalTypeAliases, signalTypeSpecs } from './signal-types.ts';
import { collectSignals, compareSignals, parseSignal, signalsOf } from './signals.ts';
import { seededPdqHex } from './hashbank.test-helpers.ts';

test('the signal-type table covers every type of the contract, and the lists derive from it', () => {
  assert.deepEqual(Object.keys(signalTypeSpecs).sort(), [...signalTypes].sort());
  assert.deepEqual(exactSignalTypes, ['sha256', 'sha1', 'md5']);
  assert.deepEqual(bankKeySignalTypes, ['pdq', 'sha256', 'md5'], 'the order of the bank unique indexes');
  assert.deepEqual(signalTypeAliases, { video_md5: 'md5' });
});

test('parsing fails closed, aliases read as their type, and compare uses the type comparison', () => {
  assert.throws(() => parseSignal('photodna', 'x'), { code: 'HASHBANK_SIGNAL_TYPE_UNKNOWN' });
  assert.throws(() => parseSignal('md5', 'abc'), { code: 'HASHBANK_SIGNAL_MALFORMED' });
  assert.deepEqual(parseSignal('video_md5', 'D41D8CD98F00B204E9800998ECF8427E'), {
    type: 'md5',
    value: 'd41d8cd98f00b204e9800998ecf8427e',
  });
  const pdq = seededPdqHex(5);
  const near = `${pdq.slice(0, 63)}${(Number.parseInt(pdq.slice(63), 16) ^ 0x7).toString(16)}`;
  assert.deepEqual(compareSignals('pdq', pdq, near), { isMatch: true, distance: 3, threshold: 31 });
  assert.deepEqual(compareSignals('sha1', 'a'.repeat(40), 'b'.repeat(40)), {
    isMatch: false,
    distance: 1,
    threshold: 0,
  });
  const video = `${pdq},100;${seededPdqHex(6)},100`;
  assert.deepEqual(compareSignals('vpdq', video, video), { isMatch: true, distance: 0, threshold: 20 });
  const signals = collectSignals([
    { type: 'vpdq', value: video },
    { type: 'md5', value: 'd41d8cd98f00b204e9800998ecf8427e' },
  ]);
  assert.deepEqual(
    signalsOf(signals).map((s) => s.type),
    ['md5', 'vpdq'],
  );
});
