import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { hammingDistance } from './pdq-hex.ts';
import { fixturePath } from './pdq-fixtures.test-helper.ts';
import { hashVideo } from './video-hasher.ts';
import type { VideoHash } from './video-hasher.ts';
import { matchVideos } from './vpdq-matcher.ts';

const VIDEOS = [
  'chair-20-sd-bar',
  'chair-22-sd-grey-bar',
  'doorknob-hd-no-bar',
  'pattern-sd-grey-bar',
  'test-padded-dimensions',
];
// The README: frames of quality >= 50 drift at most 6 bits across FFmpeg versions, 22 in fades.
const DRIFT_GOOD = 6;
const DRIFT_ANY = 22;

type ReferenceFrame = { frame: number; quality: number; pdq: string; timestamp: string };

function readReference(relative: string): ReferenceFrame[] {
  return readFileSync(fixturePath(relative), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [frame, quality, pdq, timestamp] = line.split(',') as [string, string, string, string];
      return { frame: Number(frame), quality: Number(quality), pdq, timestamp };
    });
}

function assertFramesLikeReference(actual: VideoHash, expected: ReferenceFrame[]): void {
  assert.deepEqual(
    actual.frames.map((f) => f.frame),
    expected.map((f) => f.frame),
  );
  assert.deepEqual(
    actual.frames.map((f) => f.timestamp.toFixed(3)),
    expected.map((f) => f.timestamp),
  );
  expected.forEach((reference, i) => {
    const frame = actual.frames[i]!;
    const distance = hammingDistance(frame.pdq, reference.pdq);
    assert.ok(
      distance <= (reference.quality >= 50 ? DRIFT_GOOD : DRIFT_ANY),
      `frame ${reference.frame}: ${distance} bits`,
    );
    assert.ok(Math.abs(frame.quality - reference.quality) <= 5, `frame ${reference.frame} quality`);
  });
}

const hashes = new Map<string, VideoHash>();
async function hashSample(name: string): Promise<VideoHash> {
  let hash = hashes.get(name);
  if (!hash) {
    hash = await hashVideo(fixturePath(`upstream/tmk/sample-videos/${name}.mp4`));
    hashes.set(name, hash);
  }
  return hash;
}

describe('vPDQ on the sample videos, one hash per second', () => {
  for (const name of VIDEOS) {
    it(`${name}: frame numbers and timestamps exact, hashes within drift`, async () => {
      const result = await hashSample(name);
      assertFramesLikeReference(result, readReference(`generated/vpdq-r1/${name}.txt`));
      assert.ok(result.durationSeconds > 0);
    });
  }

  it('matches the expectation python-threatexchange derives from chair-20-sd-bar', async () => {
    const expected = readFileSync(
      fixturePath('upstream-derived/python-threatexchange-chair-20-sd-bar-1s-expected.txt'),
      'utf8',
    )
      .trim()
      .split('\n')
      .map((line) => /[0-9a-f]{64}/.exec(line)?.[0])
      .filter((hex): hex is string => hex !== undefined);
    const result = await hashSample('chair-20-sd-bar');
    assert.equal(result.frames.length, expected.length);
    result.frames.forEach((frame, i) => assert.ok(hammingDistance(frame.pdq, expected[i]!) <= DRIFT_ANY));
  });
});

describe('vPDQ every frame (secondsPerHash 0)', () => {
  it('pattern-sd-grey-bar: every frame numbered and timed as the reference', async () => {
    const result = await hashVideo(fixturePath('upstream/tmk/sample-videos/pattern-sd-grey-bar.mp4'), {
      secondsPerHash: 0,
    });
    assertFramesLikeReference(result, readReference('generated/vpdq-ffmpeg5.1/pattern-sd-grey-bar.txt'));
  });
});

describe('video match decisions between the sample videos', () => {
  const matrix = readFileSync(fixturePath('generated/vpdq-r1/match-matrix.csv'), 'utf8').trim().split('\n').slice(1);
  for (const line of matrix) {
    const [query, target, queryPercent, targetPercent] = line.split(',') as [string, string, string, string];
    it(`${query} in ${target}: ${queryPercent}% / ${targetPercent}%`, async () => {
      const result = matchVideos((await hashSample(query)).frames, (await hashSample(target)).frames);
      assert.equal(result.isMatch, Number(queryPercent) >= 80);
      assert.ok(Math.abs(result.queryMatchPercent - Number(queryPercent)) < 5, `query ${result.queryMatchPercent}`);
      assert.ok(Math.abs(result.targetMatchPercent - Number(targetPercent)) < 5, `target ${result.targetMatchPercent}`);
    });
  }

  it('reproduces the reference matcher exactly on the reference frame hashes', () => {
    const load = (name: string) => readReference(`generated/vpdq-r1/${name}.txt`);
    const result = matchVideos(load('chair-20-sd-bar'), load('chair-22-sd-grey-bar'));
    assert.equal(result.queryMatchPercent.toFixed(2), '100.00');
    assert.equal(result.targetMatchPercent.toFixed(2), '95.65');
  });
});
