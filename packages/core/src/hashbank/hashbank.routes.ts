import type { AppContext } from '../context.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { registerBankTransferRoutes } from './bank-transfer.routes.ts';
import { registerHmaRoutes } from './hma.routes.ts';
import { registerProviderRoutes } from './provider.routes.ts';

export async function registerHashbankRoutes(app: HttpServer, ctx: AppContext): Promise<void> {
  await registerHmaRoutes(app, ctx);
  await registerProviderRoutes(app, ctx);
  await registerBankTransferRoutes(app, ctx);
}
