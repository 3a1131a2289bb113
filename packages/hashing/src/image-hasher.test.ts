import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import type { Sharp } from 'sharp';
import { hashImage } from './image-hasher.ts';
import { hammingDistance } from './pdq-hex.ts';
import { dihedralFromRecord, fixturePath, readJsonLines } from './pdq-fixtures.test-helper.ts';
import type { DihedralRecord } from './pdq-fixtures.test-helper.ts';

type ReferenceRow = {
  path: string;
  mode: 'full' | 'cimg512';
  lumaPath: 'rgb' | 'grey' | 'grey-as-rgb';
  width: number;
  height: number;
  hash: string;
  quality: number;
  dihedral: DihedralRecord;
};

// Every row decodes through sharp to the same pixels as the reference's ImageMagick (with ICC
// profiles ignored, as ImageMagick does), so every hash must be exact: no tolerance anywhere.
describe('hashImage on every fixture image, both conventions, against the C++ reference', () => {
  const rows = readJsonLines<ReferenceRow>('generated/reference-fullres.jsonl');
  for (const row of rows) {
    it(`${row.mode} ${row.lumaPath} ${row.path}`, async () => {
      const result = await hashImage(fixturePath(row.path), { convention: row.mode, dihedral: true });
      assert.equal(result.pdq, row.hash, `distance ${hammingDistance(result.pdq, row.hash)}`);
      assert.equal(result.quality, row.quality);
      assert.deepEqual(result.dihedral, dihedralFromRecord(row.dihedral));
    });
  }

  it('matches reference-cimg.csv and reference-cimg-dihedral.csv', async () => {
    const lines = readFileSync(fixturePath('generated/reference-cimg.csv'), 'utf8').trim().split('\n').slice(1);
    assert.ok(lines.length >= 29);
    for (const line of lines) {
      const [hash, quality, path] = line.split(',') as [string, string, string];
      const result = await hashImage(fixturePath(path), { convention: 'cimg512' });
      assert.equal(result.pdq, hash, path);
      assert.equal(result.quality, Number(quality), path);
    }
    const dihedralLines = readFileSync(fixturePath('generated/reference-cimg-dihedral.csv'), 'utf8').trim().split('\n');
    const header = dihedralLines[0]!.split(',');
    for (const line of dihedralLines.slice(1)) {
      const cells: Record<string, string> = Object.fromEntries(
        line.split(',').map((value, i) => [header[i] ?? '', value]),
      );
      const path = cells['path']!;
      const result = await hashImage(fixturePath(path), { convention: 'cimg512', dihedral: true });
      const dihedral: Record<string, string> = { ...result.dihedral };
      for (const [column, value] of Object.entries(cells)) {
        if (/^[0-9a-f]{64}$/.test(value)) assert.equal(dihedral[column], value, `${path} ${column}`);
      }
      assert.equal(result.quality, Number(cells['quality']));
    }
  });

  it('is at the recorded distance from every hash embedded in upstream sources', async () => {
    // Those hashes come from other decoders and older builds (PIL, CImg versions): the fixture
    // records each one's distance to the two conventions, and ours must be exactly that.
    const lines = readFileSync(fixturePath('generated/upstream-embedded-expectations.csv'), 'utf8').trim().split('\n');
    let checked = 0;
    for (const line of lines.slice(1)) {
      const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, ''));
      const [, , , image, expected, , toCimg, toFull] = cells as string[];
      if (!image || !/^[0-9a-f]{64}$/.test(expected ?? '') || !existsSync(fixturePath(image))) continue;
      for (const [convention, recorded] of [
        ['cimg512', toCimg],
        ['full', toFull],
      ] as const) {
        if (!recorded || !/^\d+$/.test(recorded)) continue;
        const result = await hashImage(fixturePath(image), { convention });
        assert.equal(hammingDistance(result.pdq, expected!), Number(recorded), `${image} ${convention}`);
        checked++;
      }
    }
    assert.ok(checked >= 100, `only ${checked} checked`);
  });
});

describe('hashImage decoding conventions', () => {
  it('ignores EXIF orientation, as the reference does', async () => {
    const bytes = readFileSync(fixturePath('upstream/pdq/data/bridge-mods/square-256x256.jpg'));
    const rotated = await sharp(bytes).withMetadata({ orientation: 6 }).jpeg({ quality: 100 }).toBuffer();
    const plain = await sharp(bytes).jpeg({ quality: 100 }).toBuffer();
    const a = await hashImage(rotated);
    const b = await hashImage(plain);
    assert.equal(a.width, 256);
    assert.equal(a.pdq, b.pdq);
  });

  it('hashes the same pixels identically as PNG, WebP (lossless), TIFF, GIF-free formats', async () => {
    const raw = readFileSync(fixturePath('upstream/pdq/data/bridge-mods/square-256x256.jpg'));
    const reference = await hashImage(await sharp(raw).png().toBuffer());
    for (const encode of [
      (s: Sharp) => s.webp({ lossless: true }),
      (s: Sharp) => s.tiff(),
      (s: Sharp) => s.avif({ lossless: true }),
    ]) {
      const result = await hashImage(await encode(sharp(raw)).toBuffer());
      assert.ok(
        hammingDistance(result.pdq, reference.pdq) <= 4,
        `${result.format} ${hammingDistance(result.pdq, reference.pdq)}`,
      );
    }
  });

  it('animated GIF: PDQ of the first frame plus vPDQ over the frames', async () => {
    const frameA = await sharp(fixturePath('upstream/pdq/data/bridge-mods/square-128x128.jpg')).raw().toBuffer();
    const frameB = await sharp(
      fixturePath('upstream/python-threatexchange/threatexchange/tests/hashing/resources/rgb.jpeg'),
    )
      .resize(128, 128)
      .raw()
      .toBuffer();
    const flip = async (frame: Buffer): Promise<Buffer> =>
      sharp(frame, { raw: { width: 128, height: 128, channels: 3 } })
        .flip()
        .raw()
        .toBuffer();
    const frames = [frameA, frameB, await flip(frameA), await flip(frameB)];
    const gif = await sharp(Buffer.concat(frames), { raw: { width: 128, height: 512, channels: 3, pageHeight: 128 } })
      .gif({ delay: [500, 500, 500, 500] })
      .toBuffer();
    const result = await hashImage(gif, { secondsPerHash: 1 });
    assert.equal(result.format, 'gif');
    assert.equal(result.height, 128);
    assert.deepEqual(
      result.frames?.map((f) => [f.frame, f.timestamp]),
      [
        [0, 0],
        [2, 1],
      ],
    );
    assert.equal(result.frames?.[0]?.pdq, result.pdq);
    assert.ok(hammingDistance(result.frames![0]!.pdq, result.frames![1]!.pdq) > 31);
  });
});
