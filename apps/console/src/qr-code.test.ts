import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addErrorCorrection,
  dataCodewords,
  encodeQr,
  formatBits,
  gfMultiply,
  QrCapacityError,
  totalCodewords,
} from './qr-code.ts';

const otpauth = 'otpauth://totp/Vigie:analyst%40hotline.example?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Vigie';

function gfPower(exponent: number): number {
  let value = 1;
  for (let i = 0; i < exponent; i++) value = gfMultiply(value, 2);
  return value;
}

/** A Reed-Solomon codeword is a multiple of the generator, so it vanishes at each of its roots. */
function syndromes(codeword: readonly number[], ecLength: number): number[] {
  return Array.from({ length: ecLength }, (_, i) => {
    const root = gfPower(i);
    return codeword.reduce((acc, c) => gfMultiply(acc, root) ^ c, 0);
  });
}

describe('QR code encoder', () => {
  it('matches the standard codeword counts for level M', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(totalCodewords),
      [26, 44, 70, 100, 134, 172, 196, 242, 292, 346],
    );
    assert.deepEqual([1, 6, 10].map(dataCodewords), [16, 108, 216]);
  });

  it('picks the smallest version whose byte capacity at level M fits the text', () => {
    assert.equal(encodeQr('a'.repeat(14)).version, 1);
    assert.equal(encodeQr('a'.repeat(15)).version, 2);
    assert.equal(encodeQr('a'.repeat(106)).version, 6);
    assert.equal(encodeQr('a'.repeat(107)).version, 7);
    assert.equal(encodeQr('a'.repeat(213)).size, 57);
    assert.throws(() => encodeQr('a'.repeat(214)), QrCapacityError);
  });

  it('produces Reed-Solomon blocks with zero syndromes', () => {
    const data = Array.from({ length: dataCodewords(5) }, (_, i) => (i * 37 + 11) & 0xff);
    const out = addErrorCorrection(data, 5);
    // Version 5-M: two blocks of 43 data codewords, 24 error correction codewords each.
    for (const block of [0, 1]) {
      const codeword = [
        ...Array.from({ length: 43 }, (_, i) => out[i * 2 + block]!),
        ...Array.from({ length: 24 }, (_, i) => out[86 + i * 2 + block]!),
      ];
      assert.deepEqual(codeword.slice(0, 43), data.slice(block * 43, block * 43 + 43));
      assert.deepEqual(syndromes(codeword, 24), new Array<number>(24).fill(0));
    }
  });

  it('uses the format strings of the standard for level M', () => {
    const expected = [
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ];
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5, 6, 7].map((mask) => formatBits(mask).toString(2).padStart(15, '0')),
      expected,
    );
  });

  it('draws finder patterns, timing patterns and both format copies', () => {
    const qr = encodeQr(otpauth);
    const m = qr.modules;
    const n = qr.size;
    for (const [x0, y0] of [
      [0, 0],
      [n - 7, 0],
      [0, n - 7],
    ] as const) {
      const ring = (x: number, y: number): number => Math.max(Math.abs(x - 3), Math.abs(y - 3));
      for (let y = 0; y < 7; y++) {
        for (let x = 0; x < 7; x++) assert.equal(m[y0 + y]![x0 + x], ring(x, y) !== 2, `finder at ${x0},${y0}`);
      }
    }
    for (let i = 8; i < n - 8; i++) {
      assert.equal(m[6]![i], i % 2 === 0);
      assert.equal(m[i]![6], i % 2 === 0);
    }
    const first: number[] = [];
    for (let i = 0; i <= 5; i++) first.push(m[i]![8] ? 1 : 0);
    first.push(m[7]![8] ? 1 : 0, m[8]![8] ? 1 : 0, m[8]![7] ? 1 : 0);
    for (let i = 9; i < 15; i++) first.push(m[8]![14 - i] ? 1 : 0);
    const second: number[] = [];
    for (let i = 0; i < 8; i++) second.push(m[8]![n - 1 - i] ? 1 : 0);
    for (let i = 8; i < 15; i++) second.push(m[n - 15 + i]![8] ? 1 : 0);
    assert.deepEqual(first, second);
    const bits = first.reduce((acc, b, i) => acc | (b << i), 0);
    assert.ok([0, 1, 2, 3, 4, 5, 6, 7].some((mask) => formatBits(mask) === bits));
  });

  it('writes the version information block from version 7 on', () => {
    const qr = encodeQr('a'.repeat(110));
    assert.equal(qr.version, 7);
    let bits = 0;
    for (let i = 0; i < 18; i++) {
      const bottomLeft = qr.modules[qr.size - 11 + (i % 3)]![Math.floor(i / 3)]!;
      const topRight = qr.modules[Math.floor(i / 3)]![qr.size - 11 + (i % 3)]!;
      assert.equal(bottomLeft, topRight);
      if (topRight) bits |= 1 << i;
    }
    assert.equal(bits, 0x07c94);
  });
});
