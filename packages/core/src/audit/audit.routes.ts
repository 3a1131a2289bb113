import { AuditVerification } from '@vigie/contract';
import type { Db } from '../database.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { verifyAuditTrail } from './audit-anchor.ts';

export function registerAuditRoutes(app: HttpServer, db: Db, dataDir: string): void {
  app.get(
    '/api/v1/audit/verify',
    {
      config: { access: { staff: ['administrator'], apiKey: 'audit:read' } },
      schema: { tags: ['audit'], response: { 200: AuditVerification } },
    },
    async () => verifyAuditTrail(db, dataDir),
  );
}
