import { readFile } from 'node:fs/promises';
import { appendAuditEvent, systemActor } from '../audit/index.ts';
import type { ServiceDeps } from '../service-deps.ts';
import { BlocklistError } from './blocklist.errors.ts';
import type { BlocklistService } from './blocklist.service.ts';
import type { BlocklistVersion, FeedItem } from './blocklist.types.ts';
import { contentTypes, renderDelta, renderFull, renderRpz, renderTimestamp, type TextFormat } from './feed-format.ts';
import {
  insertFetch,
  insertVersion,
  lockPublishing,
  selectDelta,
  selectFetches,
  selectListed,
  selectVersion,
  selectVersionItems,
  selectVersions,
} from './feed.repository.ts';
import { publicKeyFile, signMinisign, type MinisignKey } from './minisign.ts';

// Versions and the files providers fetch. A version is published (job blocklist.publish-version)
// when the listed entries differ from the current version's; its rows never change, so its files
// are rebuilt byte for byte on demand and signed (Ed25519 is deterministic: the same signature
// every time, in every process). The timestamp file is re-issued every 10 minutes.

export type FeedService = ReturnType<typeof createFeedService>;
export type FeedFile = Readonly<{ name: string; body: Buffer; contentType: string; version: number | null }>;
export type FeedCaller = Readonly<{ organisationId: string; apiKeyId: string | null }> | null;

const stampPeriodMs = 10 * 60_000;
const fullName = /^(\d{1,9})\.(txt|csv|json|rpz)$/;
const deltaName = /^delta-(\d{1,9})-(\d{1,9})\.(txt|csv|json)$/;

export function createFeedService(deps: ServiceDeps, entries: BlocklistService, key: MinisignKey) {
  const { db, now } = deps;
  const settings = deps.config.blocklist;
  const stopPage = readFile(new URL('./stop-page/stop-page.html', import.meta.url), 'utf8');

  const signed = (name: string, body: string, comment: string) => ({
    body: Buffer.from(body, 'utf8'),
    signature: signMinisign(key, Buffer.from(body, 'utf8'), `vigie-blocklist file:${name} ${comment}`),
  });

  async function versionOr404(version: number): Promise<BlocklistVersion> {
    const found = await selectVersion(db, version);
    if (!found) throw new BlocklistError('BLOCKLIST_FILE_NOT_FOUND');
    return found;
  }

  /** A file and its signature, by name (without .minisig). */
  async function build(name: string): Promise<{ body: Buffer; signature: string; version: number | null } | undefined> {
    const full = fullName.exec(name);
    if (full) {
      const version = await versionOr404(Number(full[1]));
      const items = await selectVersionItems(db, version.version);
      const format = full[2] as TextFormat | 'rpz';
      const text = format === 'rpz' ? renderRpz(version, items, settings.rpzZone) : renderFull(version, items, format);
      const comment = `version:${version.version} published:${version.publishedAt.toISOString()}`;
      return { ...signed(name, text, comment), version: version.version };
    }
    const delta = deltaName.exec(name);
    if (delta) {
      const from = Number(delta[1]);
      const to = await versionOr404(Number(delta[2]));
      if (from > to.version || (from > 0 && !(await selectVersion(db, from))))
        throw new BlocklistError('BLOCKLIST_FILE_NOT_FOUND');
      const changes = await selectDelta(db, from, to.version);
      const text = renderDelta({ from, to, ...changes }, delta[3] as TextFormat);
      const comment = `from:${from} version:${to.version} published:${to.publishedAt.toISOString()}`;
      return { ...signed(name, text, comment), version: to.version };
    }
    if (name === 'timestamp.txt') {
      const current = await selectVersion(db);
      const issuedAt = new Date(Math.floor(now().getTime() / stampPeriodMs) * stampPeriodMs);
      const expiresAt = new Date(issuedAt.getTime() + settings.timestampValidHours * 3_600_000);
      const stamp = { version: current?.version ?? 0, publishedAt: current?.publishedAt ?? null, issuedAt, expiresAt };
      const comment = `version:${stamp.version} issued:${issuedAt.toISOString()} expires:${expiresAt.toISOString()}`;
      return { ...signed(name, renderTimestamp(stamp), comment), version: stamp.version };
    }
    return undefined;
  }

  return {
    /**
     * Publishes a version if the listed entries changed (after listing the approved entries
     * whose criteria now hold). Returns the new version, or null when nothing changed.
     */
    async publish(): Promise<BlocklistVersion | null> {
      return db.transaction().execute(async (trx) => {
        await lockPublishing(trx);
        await entries.listReady(trx);
        const current = await selectVersion(trx);
        const listed = await selectListed(trx);
        const before = current ? await selectVersionItems(trx, current.version) : [];
        const key = (i: FeedItem) => `${i.kind} ${i.value}`;
        const had = new Set(before.map(key));
        const has = new Set(listed.map(key));
        const added = listed.filter((i) => !had.has(key(i))).length;
        const removed = before.filter((i) => !has.has(key(i))).length;
        if (current && added === 0 && removed === 0) return null;
        if (!current && listed.length === 0) return null;
        const version: BlocklistVersion = {
          version: (current?.version ?? 0) + 1,
          publishedAt: now(),
          entries: listed.length,
          urls: listed.filter((i) => i.kind === 'url').length,
          domains: listed.filter((i) => i.kind === 'domain').length,
          added,
          removed,
        };
        await insertVersion(trx, version, listed);
        await appendAuditEvent(
          trx,
          systemActor,
          {
            action: 'blocklist.version_published',
            subjectType: 'blocklist_version',
            subjectId: String(version.version),
            details: { entries: version.entries, added, removed },
          },
          version.publishedAt,
        );
        return version;
      });
    },

    async versions(limit = 1000) {
      const list = await selectVersions(db, limit);
      return { current: list[0]?.version ?? null, versions: list };
    },

    /**
     * A feed file by name: `{v}.{txt,csv,json,rpz}`, `delta-{from}-{to}.{txt,csv,json}`,
     * `timestamp.txt`, each with `.minisig`; `minisign.pub`; `stop-page.html`. A provider's
     * fetch is logged (organisation, file, version, time), nothing else.
     */
    async file(name: string, caller: FeedCaller): Promise<FeedFile> {
      let file: FeedFile;
      if (name === 'minisign.pub')
        file = { name, body: Buffer.from(publicKeyFile(key)), contentType: contentTypes.pub!, version: null };
      else if (name === 'stop-page.html') {
        const appeal = new URL('/blocklist/appeal', deps.config.publicUrl).toString();
        file = {
          name,
          body: Buffer.from((await stopPage).replaceAll('{{appealUrl}}', appeal)),
          contentType: contentTypes.html!,
          version: null,
        };
      } else {
        const isSignature = name.endsWith('.minisig');
        const built = await build(isSignature ? name.slice(0, -'.minisig'.length) : name);
        if (!built) throw new BlocklistError('BLOCKLIST_FILE_NOT_FOUND');
        const extension = isSignature ? 'minisig' : name.slice(name.lastIndexOf('.') + 1);
        file = {
          name,
          body: isSignature ? Buffer.from(built.signature) : built.body,
          contentType: contentTypes[extension]!,
          version: built.version,
        };
      }
      if (caller) await insertFetch(db, { ...caller, file: name, version: file.version }, now());
      return file;
    },

    /** The delta from `since` to the current version (or the full list's name when there is none yet). */
    async currentDeltaName(since: number, format: TextFormat): Promise<string> {
      const current = await selectVersion(db);
      if (!current || since > current.version) throw new BlocklistError('BLOCKLIST_FILE_NOT_FOUND');
      return `delta-${since}-${current.version}.${format}`;
    },

    async currentName(format: TextFormat | 'rpz'): Promise<string> {
      const current = await selectVersion(db);
      if (!current) throw new BlocklistError('BLOCKLIST_FILE_NOT_FOUND');
      return `${current.version}.${format}`;
    },

    async fetches(limit = 500) {
      return selectFetches(db, limit);
    },

    publicKey: () => publicKeyFile(key),
  };
}
