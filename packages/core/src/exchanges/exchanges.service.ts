import {
  exchangeApis,
  type ExchangeApi,
  type ExchangeCreateBody,
  type ExchangeFetchResponse,
  type ExchangeStatus,
  type ExchangeUpdateBody,
  type ExchangeView,
  type FeedbackVerdict,
} from '@vigie/contract';
import { appendAuditEvent, type Actor } from '../audit/index.ts';
import type { Db } from '../database.ts';
import { HashbankError, type Curator, type HashbankService } from '../hashbank/index.ts';
import { isAppError } from '../platform/errors.ts';
import type { Outbound } from '../platform/net/outbound.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { openCredentials, sealCredentials } from './exchange-credentials.ts';
import { createFetchRunner, type FetchHooks } from './exchange-fetch.ts';
import { ExchangeError } from './exchanges.errors.ts';
import {
  countLiveItems,
  dueExchangeIds,
  findExchangeById,
  findExchangeByName,
  findItemOfEntry,
  finishFeedback,
  insertExchange,
  insertFeedback,
  listExchanges,
  lockExchange,
  readApiCredential,
  readFeedback,
  readSchemeRows,
  updateExchange,
  writeApiCredential,
  type ExchangeRow,
} from './exchanges.repository.ts';
import { createLabelMapper, type LabelMapper } from './label-mapping.ts';
import { exchangeSources } from './sources/source-registry.ts';

export type ExchangesPorts = Readonly<{
  hashbank: HashbankService;
  outbound: Outbound;
  /** 32 bytes from outside the database (intake.deriveSecret): seals credentials. */
  credentialKey: Buffer;
}>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function sourceOf(api: string) {
  if (!(exchangeApis as readonly string[]).includes(api))
    throw new ExchangeError('EXCHANGE_API_UNKNOWN', `No such exchange API '${api}'`);
  return exchangeSources[api as ExchangeApi];
}

function checkSettings(api: ExchangeApi, settings: Record<string, unknown>): Record<string, unknown> {
  const source = exchangeSources[api];
  const known = new Set(source.settings.map((f) => f.name));
  for (const key of Object.keys(settings))
    if (!known.has(key)) throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `Unknown setting '${key}' for ${api}`);
  for (const f of source.settings) {
    const value = settings[f.name];
    if (f.required && (value === undefined || value === null || value === ''))
      throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `Setting '${f.name}' is required for ${api}`);
    if (value !== undefined && f.choices && !f.choices.includes(String(value)))
      throw new ExchangeError(
        'EXCHANGE_SETTINGS_INVALID',
        `Setting '${f.name}' must be one of ${f.choices.join(', ')}`,
      );
    if (value !== undefined && (f.name === 'url' || f.name === 'environment' || f.name === 'base_url')) {
      let ok = false;
      try {
        ok = ['http:', 'https:'].includes(new URL(String(value)).protocol);
      } catch {
        ok = false;
      }
      if (!ok) throw new ExchangeError('EXCHANGE_SETTINGS_INVALID', `Setting '${f.name}' must be an http(s) URL`);
    }
  }
  return settings;
}

export function createExchangesService(deps: ServiceDeps, ports: ExchangesPorts) {
  const { db, now } = deps;
  const { hashbank, outbound, credentialKey } = ports;
  let mapper: Promise<LabelMapper> | undefined;
  const mapLabels = () => {
    mapper ??= readSchemeRows(db).then(createLabelMapper, (error: unknown) => {
      mapper = undefined;
      throw error;
    });
    return mapper;
  };
  const runner = createFetchRunner(hashbank, now, mapLabels);
  const seal = (scope: string, value: Record<string, string>) => sealCredentials(credentialKey, scope, value);

  async function byName(name: string): Promise<ExchangeRow> {
    const row = await findExchangeByName(db, name);
    if (!row) throw new ExchangeError('EXCHANGE_NOT_FOUND', `Exchange '${name}' not found`);
    return row;
  }

  async function credentialsOf(row: ExchangeRow): Promise<Record<string, string>> {
    if (row.credentials) return openCredentials(credentialKey, `exchange:${row.id}`, row.credentials);
    const shared = await readApiCredential(db, row.api);
    return shared ? openCredentials(credentialKey, `api:${row.api}`, shared) : {};
  }

  async function statusOf(row: ExchangeRow): Promise<ExchangeStatus> {
    return {
      running: row.running_since !== null,
      lastFetchStartedAt: iso(row.last_fetch_started_at),
      lastFetchCompletedAt: iso(row.last_fetch_completed_at),
      lastSuccessAt: iso(row.last_success_at),
      lastFetchSucceeded: row.last_fetch_succeeded,
      lastError: row.last_error,
      checkpoint: row.checkpoint,
      checkpointAt: iso(row.checkpoint_at),
      upToDate: row.up_to_date,
      nextFetchAt: row.next_fetch_at.toISOString(),
      counts: {
        fetched: Number(row.fetched),
        added: Number(row.added),
        withdrawn: Number(row.withdrawn),
        skipped: Number(row.skipped),
        live: await countLiveItems(db, row.id),
      },
    };
  }

  async function view(row: ExchangeRow): Promise<ExchangeView> {
    const bank = await hashbank.listBanks().then((banks) => banks.find((b) => b.id === row.bank_id));
    return {
      name: row.name,
      bank: bank?.name ?? row.name,
      api: row.api,
      settings: row.settings,
      hasCredentials: row.credentials !== null,
      enabled: row.enabled,
      intervalMinutes: row.interval_minutes,
      status: await statusOf(row),
    };
  }

  const audit = (trx: Db, actor: Actor, action: string, name: string, details: Record<string, unknown> = {}) =>
    appendAuditEvent(trx, actor, { action, subjectType: 'exchange', subjectId: name, details }, now());

  async function fetchRow(row: ExchangeRow, actor: Actor, hooks?: FetchHooks): Promise<ExchangeFetchResponse> {
    const source = sourceOf(row.api);
    const credentials = await credentialsOf(row);
    await db.transaction().execute(async (trx) => {
      await updateExchange(trx, row.id, { running_since: now(), last_fetch_started_at: now() }, now());
    });
    try {
      const result = await runner.run(
        row,
        source,
        { outbound, settings: row.settings, credentials, now },
        actor,
        hooks,
      );
      await db.transaction().execute(async (trx) => {
        await updateExchange(
          trx,
          row.id,
          {
            running_since: null,
            last_fetch_completed_at: now(),
            last_success_at: now(),
            last_fetch_succeeded: true,
            last_error: null,
            up_to_date: true,
            next_fetch_at: new Date(now().getTime() + row.interval_minutes * 60_000),
          },
          now(),
        );
        await audit(trx, actor, 'exchanges.fetched', row.name, { ...result });
      });
      return result;
    } catch (error) {
      const message = isAppError(error) ? `${error.code}: ${error.message}` : (error as Error).message;
      await db.transaction().execute(async (trx) => {
        await updateExchange(
          trx,
          row.id,
          {
            running_since: null,
            last_fetch_completed_at: now(),
            last_fetch_succeeded: false,
            last_error: message.slice(0, 2000),
            up_to_date: false,
          },
          now(),
        );
        await audit(trx, actor, 'exchanges.fetch-failed', row.name, { error: message.slice(0, 500) });
      });
      throw error;
    }
  }

  return {
    apis() {
      return exchangeApis.map((api) => {
        const s = exchangeSources[api];
        return {
          api,
          description: s.description,
          settings: [...s.settings],
          credentials: s.credentials ? [...s.credentials] : null,
          feedback: s.sendFeedback !== undefined,
        };
      });
    },

    /** Created by an organisation (over HMA's routes), the exchange's bank is that organisation's. */
    async create(body: ExchangeCreateBody, actor: Actor, curator?: Curator): Promise<ExchangeView> {
      sourceOf(body.api);
      const settings = checkSettings(body.api, body.settings ?? {});
      if (await findExchangeByName(db, body.name)) throw new ExchangeError('EXCHANGE_EXISTS');
      let bankId: number;
      try {
        bankId = (
          await hashbank.createBank(
            body.name,
            { purpose: `Pulled by exchange ${body.name} (${body.api})` },
            actor,
            curator,
          )
        ).id;
      } catch (error) {
        if (error instanceof HashbankError && error.code === 'HASHBANK_BANK_EXISTS')
          throw new ExchangeError('EXCHANGE_EXISTS');
        throw error;
      }
      const row = await db.transaction().execute(async (trx) => {
        const created = await insertExchange(trx, {
          name: body.name,
          bank_id: bankId,
          api: body.api,
          settings,
          enabled: body.enabled ?? true,
          interval_minutes: body.intervalMinutes ?? 60,
          now: now(),
        });
        if (body.credentials)
          await updateExchange(
            trx,
            created.id,
            { credentials: seal(`exchange:${created.id}`, body.credentials) },
            now(),
          );
        await audit(trx, actor, 'exchanges.exchange-created', body.name, {
          api: body.api,
          settings,
          credentials: body.credentials !== undefined,
        });
        return (await findExchangeById(trx, created.id))!;
      });
      return view(row);
    },

    async update(name: string, body: ExchangeUpdateBody, actor: Actor): Promise<ExchangeView> {
      const row = await byName(name);
      const settings = body.settings ? checkSettings(row.api, body.settings) : undefined;
      await db.transaction().execute(async (trx) => {
        await lockExchange(trx, row.id);
        await updateExchange(
          trx,
          row.id,
          {
            ...(settings ? { settings } : {}),
            ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
            ...(body.intervalMinutes !== undefined ? { interval_minutes: body.intervalMinutes } : {}),
            ...(body.credentials !== undefined
              ? { credentials: body.credentials ? seal(`exchange:${row.id}`, body.credentials) : null }
              : {}),
          },
          now(),
        );
        await audit(trx, actor, 'exchanges.exchange-updated', name, {
          ...(settings ? { settings } : {}),
          ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
          ...(body.intervalMinutes !== undefined ? { intervalMinutes: body.intervalMinutes } : {}),
          credentials: body.credentials === undefined ? 'unchanged' : body.credentials ? 'set' : 'removed',
        });
      });
      return view(await byName(name));
    },

    /** Stops the pulls; the bank and what came in stay (delete the bank to drop them). */
    async remove(name: string, actor: Actor): Promise<void> {
      const row = await byName(name);
      await db.transaction().execute(async (trx) => {
        await updateExchange(trx, row.id, { deleted_at: now(), enabled: false, credentials: null }, now());
        await audit(trx, actor, 'exchanges.exchange-deleted', name);
      });
    },

    get: async (name: string) => view(await byName(name)),
    list: async () => Promise.all((await listExchanges(db)).map(view)),
    status: async (name: string) => statusOf(await byName(name)),
    names: async () => (await listExchanges(db)).map((r) => r.name),
    raw: byName,

    /** Pulls now (a supervisor's request, or the scheduled job). */
    fetch: async (name: string, actor: Actor, hooks?: FetchHooks) => fetchRow(await byName(name), actor, hooks),
    async fetchById(id: number, actor: Actor): Promise<ExchangeFetchResponse | undefined> {
      const row = await findExchangeById(db, id);
      if (!row || row.deleted_at || !row.enabled) return undefined;
      return fetchRow(row, actor);
    },

    /** The schedule's pass: one fetch job per due exchange; the next due time moves on at once. */
    async scheduleDue(): Promise<number> {
      const ids = await dueExchangeIds(db, now());
      for (const id of ids)
        await db.transaction().execute(async (trx) => {
          const row = await lockExchange(trx, id);
          if (!row) return;
          await updateExchange(
            trx,
            id,
            { next_fetch_at: new Date(now().getTime() + row.interval_minutes * 60_000) },
            now(),
          );
          await deps.enqueue(trx, 'exchanges.fetch-exchange', { exchangeId: id }, { jobKey: `exchanges.fetch:${id}` });
        });
      return ids.length;
    },

    /** HMA's per-API credentials (its exchanges without their own use them). */
    async setApiCredentials(api: string, credentials: Record<string, string> | null, actor: Actor): Promise<void> {
      const source = sourceOf(api);
      await db.transaction().execute(async (trx) => {
        await writeApiCredential(trx, source.api, credentials ? seal(`api:${source.api}`, credentials) : null, now());
        await audit(trx, actor, 'exchanges.api-credentials-set', source.api, { removed: credentials === null });
      });
    },
    hasApiCredentials: async (api: string) => (await readApiCredential(db, sourceOf(api).api)) !== undefined,

    /** Confirms or disputes, at its source, a match on an entry this exchange brought in. */
    async feedback(name: string, entryId: number, verdict: FeedbackVerdict, actor: Actor) {
      const row = await byName(name);
      const source = sourceOf(row.api);
      if (!source.sendFeedback) throw new ExchangeError('EXCHANGE_FEEDBACK_UNSUPPORTED');
      const item = await findItemOfEntry(db, row.id, entryId);
      if (!item) throw new ExchangeError('EXCHANGE_ITEM_NOT_FOUND');
      const feedbackId = await db.transaction().execute(async (trx) => {
        const id = await insertFeedback(trx, { exchangeId: row.id, entryId, remoteId: item.remote_id, verdict }, now());
        await audit(trx, actor, 'exchanges.feedback-queued', name, { feedbackId: id, entryId, verdict });
        await deps.enqueue(trx, 'exchanges.push-feedback', { feedbackId: id }, { jobKey: `exchanges.feedback:${id}` });
        return id;
      });
      return { feedbackId, state: 'queued' as const };
    },

    /** The job: one attempt; a refusal is final, an unavailable side is retried by the queue. */
    async pushFeedback(feedbackId: number): Promise<void> {
      const feedback = await readFeedback(db, feedbackId);
      if (!feedback || feedback.state !== 'queued') return;
      const row = await findExchangeById(db, feedback.exchange_id);
      const source = row ? sourceOf(row.api) : undefined;
      if (!row || !source?.sendFeedback) {
        await db.transaction().execute((trx) => finishFeedback(trx, feedbackId, 'unsupported', 'no feedback', now()));
        return;
      }
      const item = await findItemOfEntry(db, row.id, feedback.entry_id);
      const outcome = await source.sendFeedback(
        {
          outbound,
          settings: row.settings,
          credentials: await credentialsOf(row),
          now,
          checkpoint: {},
          memo: new Map(),
        },
        { remoteId: feedback.remote_id, provenance: item?.provenance ?? {} },
        feedback.verdict,
      );
      await db.transaction().execute(async (trx) => {
        await finishFeedback(trx, feedbackId, outcome.state, outcome.detail, now());
        await audit(trx, { type: 'system', id: 'exchanges' }, 'exchanges.feedback-sent', row.name, {
          feedbackId,
          state: outcome.state,
          detail: outcome.detail,
        });
      });
    },
    readFeedback: (id: number) => readFeedback(db, id),
  };
}

export type ExchangesService = ReturnType<typeof createExchangesService>;
