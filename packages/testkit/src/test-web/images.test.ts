import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hammingDistance, hashImage } from '@vigie/hashing';
import sharp from 'sharp';
import { drawPicture, encodeGif, encodePng } from './images.ts';
import { startTestWeb, type TestWeb } from './test-web.ts';

// The distance under which Vigie's image banks call two PDQ hashes the same picture.
const PDQ_MATCH = 31;

describe('test web: pictures', () => {
  it('encodes PNG and GIF by hand that decode to exactly the drawn pixels', async () => {
    for (const id of [0, 1, 17, 4242]) {
      const pixels = drawPicture(id, 9);
      assert.ok(pixels.width >= 64 && pixels.height >= 64);
      for (const bytes of [encodePng(pixels), encodeGif(pixels)]) {
        const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
        assert.deepEqual([info.width, info.height], [pixels.width, pixels.height]);
        assert.ok(data.equals(pixels.rgb), `picture ${id} as ${bytes.subarray(0, 3).toString('latin1')}`);
      }
    }
  });

  describe('in a web', () => {
    let web: TestWeb;
    before(async () => {
      web = await startTestWeb({
        seed: 5,
        sites: 2,
        pagesPerSite: 25,
        mediaPerPage: 4,
        linksPerPage: 3,
        knownShare: 0.1,
        nearDuplicateShare: 0.06,
        formats: { png: 1, gif: 1, jpeg: 1, webp: 1 },
      });
    });
    after(() => web.close());

    it('makes near copies PDQ matches of their known original, and nothing else a match', async () => {
      const images = web.manifest.media.filter((m) => m.kind === 'image' && m.urls.length > 0);
      const pdq = new Map<string, string>();
      for (const media of images) {
        const hash = await hashImage(web.bytesOf(media.id));
        if (media.source === 'generated') assert.ok(hash.quality >= 50, `${media.id}: quality ${hash.quality}`);
        pdq.set(media.id, hash.pdq);
      }
      const known = images.filter((m) => m.known);
      const near = images.filter((m) => m.nearDuplicateOf !== undefined);
      assert.ok(known.length > 3 && near.length > 3);
      for (const copy of near) {
        const distance = hammingDistance(pdq.get(copy.id)!, pdq.get(copy.nearDuplicateOf!)!);
        assert.ok(distance <= PDQ_MATCH, `${copy.id} is ${distance} bits from ${copy.nearDuplicateOf}`);
      }
      let closest = 256;
      for (const other of images.filter((m) => !m.known && m.nearDuplicateOf === undefined))
        for (const k of known) closest = Math.min(closest, hammingDistance(pdq.get(other.id)!, pdq.get(k.id)!));
      assert.ok(closest > PDQ_MATCH + 10, `an unknown picture is ${closest} bits from a known one`);
    });

    it('serves the formats it was asked for', () => {
      const formats = new Set(web.manifest.media.filter((m) => m.source === 'generated').map((m) => m.format));
      assert.deepEqual([...formats].sort(), ['gif', 'jpeg', 'png', 'webp']);
    });
  });
});
