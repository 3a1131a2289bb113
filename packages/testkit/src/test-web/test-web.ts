// startTestWeb: the whole synthetic web on loopback, started in process by a crawler test or
// benchmark. See index.ts for what it offers and README-like notes on each part.
import type http from 'node:http';
import type net from 'node:net';
import { createLookup, createResolve, startDns, type Lookup, type Resolve } from './dns.ts';
import { generateContents } from './generate.ts';
import { createHostileServer, hostileEntries } from './hostile.ts';
import { buildManifest, type Manifest } from './manifest.ts';
import { buildModel, type TestWebOptions } from './model.ts';
import { createSiteServer, listenAll } from './server.ts';
import { createStats, type TestWebStats } from './stats.ts';

export type TestWebSite = { host: string; address: string; origin: string; role: 'site' | 'media' | 'hostile' };

export type TestWeb = {
  port: number;
  dns: { host: string; port: number };
  /** Addresses of a test host (ENOTFOUND for any other name). */
  resolve: Resolve;
  /** The same table as a dns.lookup for node:http's `lookup` or undici's `connect.lookup`. */
  lookup: Lookup;
  /** Every host: the sites, then the media hosts, then the hostile one. */
  sites: TestWebSite[];
  /** Every site's `/` (not the hostile host's: that is manifest.hostile[...] and hostileSeedUrl). */
  seedUrls: string[];
  hostileSeedUrl: string | undefined;
  manifest: Manifest;
  stats: TestWebStats;
  /** The bytes a media id serves (to put the known ones in a bank). */
  bytesOf(mediaId: string): Buffer;
  /** How long start-up took, in milliseconds: building, generating the media, listening. */
  timings: { model: number; media: number; listen: number };
  close(): Promise<void>;
};

export async function startTestWeb(options: TestWebOptions): Promise<TestWeb> {
  const t0 = performance.now();
  const model = buildModel(options);
  const t1 = performance.now();
  const generated = await generateContents(model);
  const t2 = performance.now();
  const stats = createStats();
  let port = 0;
  const deps = { model, port: () => port, bytes: generated.bytes, stats };
  const hostileSockets = new Set<net.Socket>();
  const servers = model.hosts.map((host) => {
    if (host.role !== 'hostile') return { server: createSiteServer(deps, host.index), address: host.address };
    const server = createHostileServer(host.name, () => port, stats);
    server.on('connection', (socket) => {
      hostileSockets.add(socket);
      socket.once('close', () => hostileSockets.delete(socket));
    });
    return { server, address: host.address };
  });
  port = await listenAll(servers, options.port);
  const table = new Map(model.hosts.map((h) => [h.name, h.address]));
  let dns;
  try {
    dns = await startDns(table, options.dnsPort);
  } catch (error) {
    await Promise.all(servers.map(({ server }) => new Promise((r) => server.close(r))));
    throw error;
  }
  const t3 = performance.now();

  const sites = model.hosts.map((h) => ({
    host: h.name,
    address: h.address,
    origin: `http://${h.name}:${port}`,
    role: h.role,
  }));
  const hostileOrigin = model.hostile ? `http://${model.hostile.name}:${port}` : undefined;
  const manifest = buildManifest(model, port, generated, hostileOrigin ? hostileEntries(hostileOrigin) : []);
  const byId = new Map(model.contents.map((c) => [c.id, generated.bytes[c.index]!]));
  return {
    port,
    dns: { host: dns.host, port: dns.port },
    resolve: createResolve(table),
    lookup: createLookup(table),
    sites,
    seedUrls: sites.filter((s) => s.role === 'site').map((s) => `${s.origin}/`),
    hostileSeedUrl: hostileOrigin ? `${hostileOrigin}/` : undefined,
    manifest,
    stats,
    bytesOf(mediaId) {
      const bytes = byId.get(mediaId);
      if (!bytes) throw new Error(`test web: no media ${mediaId}`);
      return bytes;
    },
    timings: { model: t1 - t0, media: t2 - t1, listen: t3 - t2 },
    async close() {
      for (const socket of hostileSockets) socket.destroy();
      await Promise.all([
        dns.close(),
        ...servers.map(
          ({ server }) =>
            new Promise<void>((resolve) => {
              server.close(() => resolve());
              (server as http.Server).closeAllConnections?.();
            }),
        ),
      ]);
    },
  };
}
