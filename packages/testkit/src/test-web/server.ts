// The HTTP side of the sites and media hosts: one node:http server per host address, all on one
// port, sharing one handler that knows its host from the server it came through. Keep-alive on.
import http from 'node:http';
import type net from 'node:net';
import { mediaContentType, mediaPath, origin, pagePath, parseMediaPath, parsePagePath, slotSite } from './links.ts';
import { slotForm, type Model } from './model.ts';
import { renderPage, renderRefreshStub, robotsTxt } from './render.ts';
import type { StatsRecorder } from './stats.ts';

const HOP_STATUS: Record<number, number> = { 3: 301, 2: 302, 1: 307 };
const REDIRECT = /^\/r\/([1-3])\/([pm])\/(\d+)$/;
const REFRESH = /^\/go\/(\d+)$/;

export type SiteHandlerDeps = {
  model: Model;
  port: () => number;
  bytes: readonly Buffer[];
  stats: StatsRecorder;
};

function send(res: http.ServerResponse, status: number, type: string | null, body: string | Buffer): void {
  res.statusCode = status;
  if (type !== null) res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.end(body);
}

function notFound(res: http.ServerResponse): void {
  send(res, 404, 'text/html; charset=utf-8', '<!DOCTYPE html><title>Not found</title><p>Not found.</p>');
}

function redirect(res: http.ServerResponse, status: number, location: string): void {
  res.statusCode = status;
  res.setHeader('Location', location);
  res.setHeader('Content-Length', 0);
  res.end();
}

export function handleSiteRequest(
  deps: SiteHandlerDeps,
  host: number,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): void {
  const { model, stats } = deps;
  const port = deps.port();
  const name = model.hosts[host]!.name;
  const target = req.url ?? '/';
  const url = `http://${name}:${port}${target}`;
  const end = stats.begin(name, url);
  res.once('close', () => {
    const location = res.getHeader('location');
    if (res.statusCode >= 300 && res.statusCode < 400 && typeof location === 'string') stats.redirected(url, location);
    end();
  });
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return send(res, 405, 'text/plain', 'method not allowed\n');
  }
  const query = target.indexOf('?');
  const path = query < 0 ? target : target.slice(0, query);
  if (path === '/robots.txt') {
    const robots = robotsTxt(model, host);
    return robots === undefined ? notFound(res) : send(res, 200, 'text/plain; charset=utf-8', robots);
  }
  const isSite = host < model.siteCount;
  if (isSite) {
    const page = parsePagePath(model, host, path);
    if (page !== undefined) return send(res, 200, 'text/html; charset=utf-8', renderPage(model, port, host, page));
    const refresh = REFRESH.exec(path);
    if (refresh && Number(refresh[1]) < model.options.pagesPerSite)
      return send(res, 200, 'text/html; charset=utf-8', renderRefreshStub(model, port, host, Number(refresh[1])));
    const hop = REDIRECT.exec(path);
    if (hop) return answerRedirect(deps, res, host, Number(hop[1]), hop[2] as 'p' | 'm', Number(hop[3]));
  }
  const g = parseMediaPath(model, host, path);
  if (g === undefined) return notFound(res);
  send(res, 200, mediaContentType(model, g), deps.bytes[model.slotContent[g]!]!);
}

function answerRedirect(
  deps: SiteHandlerDeps,
  res: http.ServerResponse,
  host: number,
  hops: number,
  kind: 'p' | 'm',
  target: number,
): void {
  const { model } = deps;
  const status = HOP_STATUS[hops]!;
  if (kind === 'p') {
    if (target >= model.options.pagesPerSite) return notFound(res);
    return redirect(res, status, hops > 1 ? `/r/${hops - 1}/p/${target}` : pagePath(model, host, target));
  }
  const g = target;
  if (g >= model.slotCount || slotForm(model, g) !== 'redirect-media' || slotSite(model, g) !== host)
    return notFound(res);
  if (hops > 1) return redirect(res, status, `/r/${hops - 1}/m/${g}`);
  // The last hop may leave for a media host, so it is absolute.
  redirect(res, status, `${origin(model, model.slotHost[g]!, deps.port())}${mediaPath(model, g)}`);
}

/** Listens every server on its address with one common port, trying other ports if taken. */
export async function listenAll(servers: { server: net.Server; address: string }[], preferred = 0): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    let port = attempt === 0 ? preferred : 0;
    const listening: net.Server[] = [];
    try {
      for (const { server, address } of servers) {
        await new Promise<void>((resolve, reject) => {
          server.once('error', reject);
          server.listen(port, address, () => {
            server.off('error', reject);
            resolve();
          });
        });
        listening.push(server);
        if (port === 0) port = (server.address() as net.AddressInfo).port;
      }
      return port;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      await Promise.all(listening.map((s) => new Promise((r) => s.close(r))));
    }
  }
  throw new Error('test web: no port free on every test address after 20 tries');
}

export function createSiteServer(deps: SiteHandlerDeps, host: number): http.Server {
  const server = http.createServer({ keepAlive: true, keepAliveTimeout: 30_000 }, (req, res) =>
    handleSiteRequest(deps, host, req, res),
  );
  server.keepAliveTimeout = 30_000;
  return server;
}
