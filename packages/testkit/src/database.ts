import { randomBytes } from 'node:crypto';
import pg from 'pg';

// Each test file gets its own database on the server that `npm test` provides (the embedded one,
// or DATABASE_URL's): files run in parallel without seeing each other's rows.

export type TestDatabase = { connectionString: string; drop(): Promise<void> };

export function testServerUrl(): string {
  const url = process.env.VIGIE_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url)
    throw new Error('No test database server: run the tests with "npm test" (it starts one) or set DATABASE_URL.');
  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = testServerUrl();
  const name = `vigie_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    connectionString: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
