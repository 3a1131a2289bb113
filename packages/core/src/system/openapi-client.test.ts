import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import createClient, { type Middleware } from 'openapi-fetch';
import sharp from 'sharp';
import { cliActor } from '../audit/index.ts';
import type { paths } from '@vigie/contract/openapi';
import { createStaffSession, createTestApp } from '@vigie/testkit';
import { openapiTypesFile, renderOpenapiTypes } from '../../../../scripts/openapi-types.ts';

// A client generated from the running server's /api/openapi.json (openapi-typescript's types,
// committed as @vigie/contract/openapi, used through openapi-fetch) calls the API. It fails in
// three ways when the description is wrong: the committed types differ from what the served
// document generates; this file no longer type-checks against them (npm run typecheck); or an
// answer's status is not documented for its operation, or its body does not validate against
// the documented schema (checked on every answer by the middleware below).

let t: Awaited<ReturnType<typeof createTestApp>>;
let baseUrl: string;
let doc: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };
const problems: string[] = [];

before(async () => {
  t = await createTestApp();
  const address = await t.app.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = address;
  const response = await fetch(`${baseUrl}/api/openapi.json`);
  assert.equal(response.status, 200);
  doc = (await response.json()) as typeof doc;
});
after(() => t.close());

function pointerToken(value: string): string {
  return value.replace(/~/g, '~0').replace(/\//g, '~1');
}

let ajv: Ajv2020 | undefined;

/** What is wrong with an answer, by the document: undefined when it is as described. */
function answerProblem(method: string, schemaPath: string, status: number, body: unknown): string | undefined {
  const name = `${method.toUpperCase()} ${schemaPath} → ${status}`;
  const responses = doc.paths[schemaPath]?.[method]?.responses;
  if (!responses) return `${name}: no such operation in the document`;
  if (!responses[String(status)]) return `${name}: status not documented`;
  if (body === undefined) return undefined;
  if (!ajv) {
    ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    ajv.addSchema(doc, 'openapi.json');
  }
  const pointer = [schemaPath, method, 'responses', String(status), 'content', 'application/json', 'schema']
    .map(pointerToken)
    .join('/');
  const validate = ajv.getSchema(`openapi.json#/paths/${pointer}`);
  if (!validate) return `${name}: no JSON schema documented`;
  return validate(body) ? undefined : `${name}: ${ajv.errorsText(validate.errors)}`;
}

/** Every answer through the client is checked against the document it was generated from. */
function describedAnswers(): Middleware {
  return {
    async onResponse({ request, response, schemaPath }) {
      const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
      const body: unknown = isJson ? await response.clone().json() : undefined;
      const problem = answerProblem(request.method.toLowerCase(), schemaPath, response.status, body);
      if (problem) problems.push(problem);
    },
  };
}

function client(headers: Record<string, string> = {}) {
  const c = createClient<paths>({ baseUrl, headers });
  c.use(describedAnswers());
  return c;
}

async function checkerboard(): Promise<Blob> {
  const size = 64;
  const pixels = Buffer.alloc(size * size * 3);
  for (let i = 0; i < size * size; i++)
    pixels.fill((Math.floor(i / 8) + Math.floor(i / size / 8)) % 2 ? 230 : 20, i * 3, i * 3 + 3);
  const png = await sharp(pixels, { raw: { width: size, height: size, channels: 3 } })
    .png()
    .toBuffer();
  return new Blob([new Uint8Array(png)], { type: 'image/png' });
}

test('the committed client types are what the served document generates', async () => {
  const committed = await readFile(openapiTypesFile, 'utf8');
  assert.ok(committed === (await renderOpenapiTypes(doc)), 'run npm run docs:openapi');
});

test('an answer that contradicts the document is noticed', () => {
  assert.equal(
    answerProblem('get', '/health', 200, { status: 'ok', version: '1', database: 'ok', roles: [] }),
    undefined,
  );
  assert.match(answerProblem('get', '/health', 200, { status: 'maybe' }) ?? '', /must be equal to one of|required/);
  assert.match(answerProblem('get', '/health', 418, undefined) ?? '', /status not documented/);
  const error = { error: { code: 'NOT_A_CODE', message: 'x', requestId: 'r' } };
  assert.match(answerProblem('get', '/api/v1/crawl/seeds', 401, error) ?? '', /allowed values|equal to one of/);
});

test('public routes through the generated client', async () => {
  const anyone = client();
  const health = await anyone.GET('/health');
  assert.equal(health.data?.status, 'ok');

  const report = await anyone.POST('/api/v1/reports', {
    body: { type: 'child_sexual_abuse_material', description: 'Seen on a forum', anonymous: true },
  });
  assert.equal(report.response.status, 201);
  assert.match(report.data?.reportNumber ?? '', /\d/);

  const alerts = await anyone.GET('/api/v1/alerts', { params: { query: { language: 'en' } } });
  assert.ok(Array.isArray(alerts.data));

  // A refusal is the shared error body, its code one of the documented codes.
  const refused = await anyone.GET('/api/v1/crawl/seeds');
  assert.equal(refused.response.status, 401);
  assert.equal(refused.error?.error.code, 'AUTH_REQUIRED');
  const invalid = await anyone.POST('/api/v1/auth/login', {
    // @ts-expect-error the description requires a password and a TOTP code: a generated client says so
    body: { email: 'someone@example.org' },
  });
  assert.equal(invalid.error?.error.code, 'VALIDATION_FAILED');
  assert.deepEqual(problems, []);
});

test('an API key, a staff session with its CSRF token, and an upload through the generated client', async () => {
  const { key } = await t.ctx.access.createApiKey(
    { organisation: 'Client test', scopes: ['crawl:read', 'crawl:seed', 'hashes:match'] },
    cliActor,
  );
  const provider = client({ authorization: `Bearer ${key}` });
  const seeded = await provider.POST('/api/v1/crawl/seeds', { body: { url: 'http://127.1.0.9/start', maxDepth: 1 } });
  assert.equal(seeded.response.status, 201);
  assert.equal(seeded.data?.created, true);
  const seeds = await provider.GET('/api/v1/crawl/seeds', { params: { query: { limit: 10 } } });
  assert.deepEqual(
    seeds.data?.seeds.map((s) => s.url),
    ['http://127.1.0.9/start'],
  );

  const check = await provider.POST('/api/v1/uploads/check', {
    body: { photo: await checkerboard() },
    bodySerializer(body) {
      const form = new FormData();
      for (const [field, media] of Object.entries(body)) if (media) form.append(field, media, 'upload.png');
      return form;
    },
  });
  assert.equal(check.response.status, 200, JSON.stringify(check.error));
  assert.equal(check.data?.decision, 'allow', 'no bank holds it');

  const forbidden = await provider.GET('/api/v1/users');
  assert.equal(forbidden.response.status, 403);
  assert.equal(forbidden.error?.error.code, 'AUTH_FORBIDDEN');

  const supervisor = await createStaffSession(t.ctx, 'supervisor');
  const staff = client(supervisor.headers);
  const alert = await staff.POST('/api/v1/alerts', {
    body: { title: 'A new lure', body: 'Be careful with gift cards offered in games.', language: 'en' },
  });
  assert.equal(alert.response.status, 201, JSON.stringify(alert.error));
  assert.equal(alert.data?.language, 'en');
  const withoutCsrf = client({ cookie: supervisor.cookie });
  const refused = await withoutCsrf.POST('/api/v1/alerts', { body: { title: 'x', body: 'y', language: 'en' } });
  assert.equal(refused.error?.error.code, 'AUTH_CSRF_INVALID');

  // @ts-expect-error a path the API does not have does not compile
  await provider.GET('/api/v1/nothing-here');
  assert.deepEqual(
    problems.filter((p) => !p.includes('/api/v1/nothing-here')),
    [],
  );
  assert.ok(
    problems.some((p) => p.includes('no such operation')),
    'the middleware notices an undocumented call',
  );
});
