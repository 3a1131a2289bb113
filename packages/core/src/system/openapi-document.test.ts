import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { createTestApp } from '@vigie/testkit';
import { assertWellDescribed, type OpenapiDocument } from './openapi-rules.test-helpers.ts';

// The document every client is generated from, held to the rules of openapi-rules.test-helpers.ts
// (written down in docs/api.md), and to redocly's lint with the repository's redocly.yaml.

let t: Awaited<ReturnType<typeof createTestApp>>;
let doc: OpenapiDocument;
before(async () => {
  t = await createTestApp();
  const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(response.statusCode, 200);
  doc = response.json();
});
after(() => t.close());

test('every operation has an operationId, its security, the shared errors and named schemas', () => {
  const problems = assertWellDescribed(doc, t.app.declaredRoutes);
  assert.deepEqual(problems, []);
});

test('the rules catch an operation described badly', () => {
  const broken = structuredClone(doc);
  const operation = broken.paths['/api/v1/crawl/seeds']!.post!;
  delete operation.operationId;
  delete operation.security;
  delete operation.responses['403'];
  operation.responses['201']!.content!['application/json']!.schema = { type: 'object', properties: { id: {} } };
  const problems = assertWellDescribed(broken, t.app.declaredRoutes).join('\n');
  for (const expected of ['no operationId', 'no security', 'no 403', 'inline object schema'])
    assert.match(problems, new RegExp(`POST /api/v1/crawl/seeds: ${expected}`));
});

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** redocly's own CLI on a file, offline: no usage report, no update check. */
async function redoclyLint(document: unknown): Promise<{ code: number | null; output: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'vigie-openapi-lint-'));
  try {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(document));
    const cli = join(root, 'node_modules/@redocly/cli/bin/cli.js');
    const child = spawn(
      process.execPath,
      [cli, 'lint', file, '--config', join(root, 'redocly.yaml'), '--format', 'codeframe'],
      {
        cwd: dir,
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', CI: 'true' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    return { code, output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('redocly lint passes with the repository configuration, and fails on a broken document', async () => {
  const lint = await redoclyLint(doc);
  assert.equal(lint.code, 0, lint.output);
  assert.match(lint.output, /valid/);

  const broken = structuredClone(doc);
  delete broken.paths['/api/v1/detections']!.get!.operationId;
  delete broken.paths['/api/v1/detections']!.get!.security;
  const failed = await redoclyLint(broken);
  assert.notEqual(failed.code, 0);
  assert.match(failed.output, /operation-operationId/);
  assert.match(failed.output, /security-defined/);
});
