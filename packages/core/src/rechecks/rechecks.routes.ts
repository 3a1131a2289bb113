import { TakedownMeasures, TakedownMeasuresQuery } from '@vigie/contract';
import type { HttpServer } from '../platform/http/server.ts';
import { RecheckError } from './rechecks.errors.ts';
import type { RechecksService } from './rechecks.service.ts';

const read = { staff: ['analyst', 'supervisor', 'verifier'], apiKey: 'notices:read' } as const;
const DAY = 86_400_000;

export function registerRechecksRoutes(app: HttpServer, rechecks: RechecksService, now: () => Date): void {
  app.get(
    '/api/v1/notices/measures',
    {
      config: { access: read },
      schema: {
        tags: ['notices'],
        summary: 'Time to removal and its companions over a period (by default the last 28 days)',
        querystring: TakedownMeasuresQuery,
        response: { 200: TakedownMeasures },
      },
    },
    async (request) => {
      const to = request.query.to ? new Date(request.query.to) : now();
      const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 28 * DAY);
      if (!(from < to) || to.getTime() - from.getTime() > 3660 * DAY) throw new RecheckError('RECHECK_PERIOD_INVALID');
      return rechecks.measures(from, to);
    },
  );
}
