import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { fixturePath as fixture } from '@vigie/hashing/test-fixtures';
import { runHashCommand } from './hash-command.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'vigie-hash-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function run(
  argv: string[],
  stdinText = '',
): Promise<{ code: number; lines: Record<string, unknown>[]; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await runHashCommand(argv, { stdout, stderr, stdin });
  const text = Buffer.concat(out).toString('utf8').trim();
  return {
    code,
    lines: text === '' ? [] : text.split('\n').map((line) => JSON.parse(line) as Record<string, unknown>),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}

const reference = readFileSync(fixture('generated/reference-fullres.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { path: string; mode: string; hash: string; quality: number });

describe('vigie hash', () => {
  it('walks a directory and prints one JSON object per image, in order, with digests', async () => {
    const images = path.join(dir, 'images');
    mkdirSync(path.join(images, 'sub'), { recursive: true });
    copyFileSync(fixture('upstream/pdq/data/bridge-mods/aaa-orig.jpg'), path.join(images, 'a.jpg'));
    copyFileSync(fixture('upstream/pdq/data/misc-images/c.png'), path.join(images, 'sub', 'b.png'));
    const { code, lines } = await run([images]);
    assert.equal(code, 0);
    assert.deepEqual(
      lines.map((l) => path.basename(String(l['path']))),
      ['a.jpg', 'b.png'],
    );
    const first = lines[0]!;
    assert.deepEqual(Object.keys(first), [
      'path',
      'type',
      'bytes',
      'width',
      'height',
      'sha256',
      'sha1',
      'md5',
      'pdq',
      'quality',
    ]);
    const expected = reference.find((r) => r.path.endsWith('aaa-orig.jpg') && r.mode === 'full')!;
    assert.equal(first['pdq'], expected.hash);
    assert.equal(first['type'], 'image');
    assert.equal(first['width'], 1600);
    assert.match(String(first['sha256']), /^[0-9a-f]{64}$/);
  });

  it('--convention cimg512 --dihedral gives the C++ CLI hash and the eight variants', async () => {
    const { code, lines } = await run([
      '--convention',
      'cimg512',
      '--dihedral',
      fixture('upstream/pdq/data/bridge-mods/aaa-orig.jpg'),
    ]);
    assert.equal(code, 0);
    const expected = reference.find((r) => r.path.endsWith('aaa-orig.jpg') && r.mode === 'cimg512')!;
    assert.equal(lines[0]!['pdq'], expected.hash);
    assert.deepEqual(Object.keys(lines[0]!['dihedral'] as object), [
      'orig',
      'rot90',
      'rot180',
      'rot270',
      'flipx',
      'flipy',
      'flipplus1',
      'flipminus1',
    ]);
  });

  it('hashes videos, reads paths from stdin, reports failures and goes on with exit status 1', async () => {
    const empty = path.join(dir, 'empty.jpg');
    writeFileSync(empty, '');
    const video = fixture('upstream/tmk/sample-videos/doorknob-hd-no-bar.mp4');
    const { code, lines } = await run(['-'], `${video}\n${empty}\n${path.join(dir, 'missing.gif')}\n`);
    assert.equal(code, 1);
    assert.equal(lines.length, 3);
    const [videoLine, emptyLine, missingLine] = lines as [
      Record<string, unknown>,
      Record<string, unknown>,
      Record<string, unknown>,
    ];
    assert.equal(videoLine['type'], 'video');
    assert.equal(videoLine['durationSeconds'], 4.331);
    assert.deepEqual(
      (videoLine['frames'] as { frame: number }[]).map((f) => f.frame),
      [0, 30, 60, 90],
    );
    assert.deepEqual(emptyLine['error'], { code: 'HASHING_MEDIA_EMPTY', message: 'the file is empty' });
    assert.equal((missingLine['error'] as { code: string }).code, 'HASHING_MEDIA_NOT_FOUND');
  });

  it('rejects bad options with usage and status 2', async () => {
    const { code, stderr } = await run(['--convention', 'square', 'x.jpg']);
    assert.equal(code, 2);
    assert.match(stderr, /--convention takes full or cimg512/);
  });
});

describe('vigie hash compare', () => {
  it('gives the distance between two PDQ hashes', async () => {
    const a = 'f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22';
    const b = 'd8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22';
    const { code, lines } = await run(['compare', a, b]);
    assert.equal(code, 0);
    assert.deepEqual(lines[0], { type: 'image', distance: 6, threshold: 31, isMatch: true });
  });

  it('gives the match percentages both ways for two videos', async () => {
    const { code, lines } = await run([
      'compare',
      fixture('generated/vpdq-r1/chair-22-sd-grey-bar.txt'),
      fixture('upstream/tmk/sample-videos/chair-20-sd-bar.mp4'),
    ]);
    assert.equal(code, 0);
    assert.equal(lines[0]!['isMatch'], true);
    assert.ok(Math.abs(Number(lines[0]!['queryMatchPercent']) - 95.65) < 0.01);
    assert.equal(lines[0]!['targetMatchPercent'], 100);
  });

  it('reports a malformed operand as an error line', async () => {
    const { code, lines } = await run(['compare', 'abc', 'def']);
    assert.equal(code, 1);
    assert.equal((lines[0]!['error'] as { code: string }).code, 'HASHING_MEDIA_NOT_FOUND');
  });
});
