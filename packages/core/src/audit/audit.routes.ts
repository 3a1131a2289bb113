import Type from 'typebox';
import type { Db } from '../database.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { verifyAuditTrail } from './audit-anchor.ts';

const Verification = Type.Object({
  ok: Type.Boolean(),
  checked: Type.Integer(),
  headHash: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  firstBadSeq: Type.Optional(Type.Integer()),
  reason: Type.Optional(Type.String()),
});

export function registerAuditRoutes(app: HttpServer, db: Db, dataDir: string): void {
  app.get(
    '/api/v1/audit/verify',
    {
      config: { access: { staff: ['administrator'], apiKey: 'audit:read' } },
      schema: { tags: ['audit'], response: { 200: Verification } },
    },
    async () => verifyAuditTrail(db, dataDir),
  );
}
