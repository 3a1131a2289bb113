// Ordinary photos and short videos from the hashing fixtures, served as they are (nothing
// sensitive: a bridge, test patterns, a doorknob; see packages/hashing/test/fixtures/PROVENANCE.md).
// Chosen so that no two are near copies of each other: a known one never makes another match.
import { readFileSync } from 'node:fs';
import { fixturePath } from '@vigie/hashing/test-fixtures';

export type Fixture = { name: string; kind: 'image' | 'video'; format: 'jpeg' | 'mp4'; bytes: Buffer };

const PHOTOS = [
  'upstream/pdq/data/bridge-mods/square-128x128.jpg',
  'upstream/pdq/data/misc-images/small.jpg',
  'upstream/python-threatexchange/threatexchange/tests/hashing/resources/rgb.jpeg',
] as const;

// The smallest of the sample videos first: the known one is fetched most.
const VIDEOS = [
  'upstream/tmk/sample-videos/test-padded-dimensions.mp4',
  'upstream/tmk/sample-videos/doorknob-hd-no-bar.mp4',
  'upstream/tmk/sample-videos/pattern-sd-grey-bar.mp4',
] as const;

function load(relative: string, kind: Fixture['kind'], format: Fixture['format']): Fixture {
  const name = relative.slice(relative.lastIndexOf('/') + 1);
  return { name, kind, format, bytes: readFileSync(fixturePath(relative)) };
}

let cached: { photos: Fixture[]; videos: Fixture[] } | undefined;

export function loadFixtures(): { photos: Fixture[]; videos: Fixture[] } {
  cached ??= {
    photos: PHOTOS.map((p) => load(p, 'image', 'jpeg')),
    videos: VIDEOS.map((v) => load(v, 'video', 'mp4')),
  };
  return cached;
}
