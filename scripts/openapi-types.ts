// Writes packages/contract/src/openapi.ts, the TypeScript types of the API that /api/openapi.json
// describes, with openapi-typescript (npm run docs:openapi). It builds the api role's application
// on an embedded PostgreSQL in a temporary directory (never DATABASE_URL's: that would migrate
// someone's database) and reads its document. A test checks that the committed file is current.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import * as prettier from 'prettier';
import ts from 'typescript';

export const openapiTypesFile = new URL('../packages/contract/src/openapi.ts', import.meta.url);

const header = `// Generated from /api/openapi.json by \`npm run docs:openapi\` (openapi-typescript); do not edit.
// Use it with openapi-fetch: createClient<paths>({ baseUrl }). See docs/api.md.
`;

/** The document's types, formatted as the repository formats TypeScript. */
export async function renderOpenapiTypes(document: object): Promise<string> {
  const nodes = await openapiTS(document as never, {
    silent: true,
    rootTypes: true,
    rootTypesNoSchemaPrefix: true,
    // Uploads and bank files are bytes: a Blob (File, in a FormData) rather than a string.
    transform(schema) {
      if (schema.format === 'binary') return ts.factory.createTypeReferenceNode('Blob');
      return undefined;
    },
  });
  const source = header + astToString(nodes);
  const options = await prettier.resolveConfig(openapiTypesFile);
  return prettier.format(source, { ...options, parser: 'typescript' });
}

/** The api role's document, from an application on a scratch database. */
export async function readServedDocument(): Promise<object> {
  const { buildHttpApp, createContext, createLogger, parseConfig } = await import('@vigie/core');
  const dataDir = await mkdtemp(join(tmpdir(), 'vigie-openapi-'));
  try {
    const config = parseConfig({
      VIGIE_DATA_DIR: dataDir,
      VIGIE_LOG_LEVEL: 'silent',
      VIGIE_FETCH_DNS_SERVERS: '127.0.0.1:9',
    });
    const ctx = await createContext(config, { logger: createLogger({ level: 'silent' }) });
    try {
      const app = await buildHttpApp(ctx);
      try {
        return (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as object;
      } finally {
        await app.close();
      }
    } finally {
      await ctx.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.main) {
  await writeFile(openapiTypesFile, await renderOpenapiTypes(await readServedDocument()));
  console.log(`wrote ${openapiTypesFile.pathname}`);
}
