import type { HttpServer } from '../platform/http/server.ts';
import { registerBankTransferRoutes } from './bank-transfer.routes.ts';
import type { HashbankRouteOptions } from './hashbank.http.ts';
import type { HashbankService } from './hashbank.service.ts';
import { registerHmaRoutes } from './hma/hma.routes.ts';
import type { HmaExchangePort } from './hma/hma-exchanges.routes.ts';
import { registerProviderRoutes } from './provider.routes.ts';
import { registerStaffBankRoutes } from './staff-bank.routes.ts';
import { registerStaffEntryRoutes } from './staff-entry.routes.ts';

export async function registerHashbankRoutes(
  app: HttpServer,
  hashbank: HashbankService,
  options: HashbankRouteOptions & { exchanges?: HmaExchangePort } = {},
): Promise<void> {
  await registerHmaRoutes(app, hashbank, options);
  await registerProviderRoutes(app, hashbank, options);
  await registerBankTransferRoutes(app, hashbank);
  await registerStaffBankRoutes(app, hashbank, options);
  registerStaffEntryRoutes(app, hashbank);
}
