import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildHttpApp,
  createContext,
  createLogger,
  drainJobs,
  jobRunnerOptions,
  parseConfig,
  type AppContext,
  type Config,
  type ContextOverrides,
} from '@vigie/core';
import { createTestDatabase } from './database.ts';

export type TestContext = {
  ctx: AppContext;
  config: Config;
  /** The test database as its owner: for a second process (createContext) or for tampering. */
  ownerUrl: string;
  /** Runs every job that is due, including the jobs they add. */
  drain(): Promise<void>;
  close(): Promise<void>;
};

/** A full application context on a fresh database and data directory. */
export async function createTestContext(
  env: Record<string, string> = {},
  overrides: Pick<
    ContextOverrides,
    | 'now'
    | 'asOwner'
    | 'recipientResolver'
    | 'removalListener'
    | 'escalationResolver'
    | 'referralCountryOf'
    | 'outboundCa'
  > = {},
): Promise<TestContext> {
  const database = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'vigie-test-'));
  // Tests reach no DNS but their own: names resolve only through a test's DNS server (the test
  // web's), else fail at once against a closed loopback port, so a capture never leaves the machine.
  const config = parseConfig({
    VIGIE_DATA_DIR: dataDir,
    VIGIE_LOG_LEVEL: 'silent',
    VIGIE_FETCH_DNS_SERVERS: '127.0.0.1:9',
    ...env,
  });
  const ctx = await createContext(config, {
    connectionString: database.connectionString,
    logger: createLogger({ level: 'silent' }),
    poolSize: 10,
    ...overrides,
  });
  return {
    ctx,
    config,
    ownerUrl: database.connectionString,
    drain: () => drainJobs(jobRunnerOptions(ctx)),
    async close() {
      await ctx.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createTestApp(
  env: Record<string, string> = {},
  overrides: Pick<
    ContextOverrides,
    'now' | 'recipientResolver' | 'removalListener' | 'escalationResolver' | 'referralCountryOf' | 'outboundCa'
  > = {},
) {
  const test = await createTestContext(env, overrides);
  const app = await buildHttpApp(test.ctx);
  return {
    ...test,
    app,
    async close() {
      await app.close();
      await test.close();
    },
  };
}
