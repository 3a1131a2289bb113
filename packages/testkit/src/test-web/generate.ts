// The bytes of every content, made once at start and kept (a generated picture is 0.5-3 KB, so
// 20,000 of them hold about 30 MB), with their SHA-256 for the manifest. PNG and GIF are encoded
// in this thread; JPEG, WebP and near copies go to sharp, several at a time.
import { createHash } from 'node:crypto';
import { drawPicture, encodeImage, encodeNearDuplicate, type ImageFormat } from './images.ts';
import { loadFixtures } from './fixtures.ts';
import type { Model } from './model.ts';

export type GeneratedBytes = { bytes: Buffer[]; sha256: string[]; milliseconds: number };

const IN_FLIGHT = 8;

export async function generateContents(model: Model): Promise<GeneratedBytes> {
  const started = performance.now();
  const { photos, videos } = loadFixtures();
  const bytes: Buffer[] = new Array<Buffer>(model.contents.length);
  const slow: number[] = [];
  for (const content of model.contents) {
    if (content.source === 'fixture') {
      const fixture = content.kind === 'video' ? videos[content.fixture!] : photos[content.fixture!];
      bytes[content.index] = fixture!.bytes;
    } else if (content.source === 'generated' && (content.format === 'png' || content.format === 'gif')) {
      bytes[content.index] = await encodeImage(drawPicture(content.picture!, model.options.seed), content.format);
    } else slow.push(content.index);
  }
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < slow.length) {
      const content = model.contents[slow[next++]!]!;
      const pixels = drawPicture(content.picture!, model.options.seed);
      bytes[content.index] =
        content.source === 'near-duplicate'
          ? await encodeNearDuplicate(pixels)
          : await encodeImage(pixels, content.format as ImageFormat);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  const sha256 = bytes.map((b) => createHash('sha256').update(b).digest('hex'));
  return { bytes, sha256, milliseconds: performance.now() - started };
}
