import type { AppContext } from '../context.ts';
import type { HttpServer } from '../platform/http/server.ts';

export async function registerHashbankRoutes(app: HttpServer, ctx: AppContext): Promise<void> {
  void app;
  void ctx;
}
