import multipart from '@fastify/multipart';
import {
  BankGrantParams,
  BankGrants,
  BankImports,
  BankNameParams,
  GrantBody,
  LegalSchemeMappings,
  SearchHashBody,
  StaffBankList,
  StaffSearchResult,
} from '@vigie/contract';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { MAX_UPLOAD_BYTES, readUpload, requesterOf, type HashbankRouteOptions } from './hashbank.http.ts';
import type { HashbankService } from './hashbank.service.ts';
import { collectSignals } from './signals.ts';

// The staff console's banks: staff sessions only (no key reaches them; providers have their own
// API). Analysts, supervisors and verifiers read and search; supervisors (and administrators)
// change grants and see imports. The session's CSRF header is checked by the access guard.
const tags = ['hash bank (staff)'];
export const staffRead = { staff: ['analyst', 'supervisor', 'verifier'] } as const;
export const staffReview = { staff: ['analyst', 'supervisor'] } as const;
export const staffCurate = { staff: ['supervisor'] } as const;

export async function registerStaffBankRoutes(
  app: HttpServer,
  hashbank: HashbankService,
  options: HashbankRouteOptions = {},
): Promise<void> {
  const staff = hashbank.staff;
  app.get(
    '/api/v1/banks',
    { config: { access: staffRead }, schema: { tags, response: { 200: StaffBankList } } },
    async () => ({ banks: await staff.listBanks() }),
  );

  app.get(
    '/api/v1/legal-schemes',
    { config: { access: staffRead }, schema: { tags, response: { 200: LegalSchemeMappings } } },
    async () => ({ mappings: await staff.legalSchemeMappings() }),
  );

  app.post(
    '/api/v1/bank-search',
    { config: { access: staffRead }, schema: { tags, body: SearchHashBody, response: { 200: StaffSearchResult } } },
    async (request) =>
      staff.search(collectSignals([{ type: request.body.signalType, value: request.body.signal.trim() }])),
  );

  // The media is hashed on a worker as /api/v1/media/match does, and not kept.
  await app.register(async (scope: HttpServer) => {
    await scope.register(multipart, {
      limits: { files: 1, fileSize: options.maxUploadBytes ?? MAX_UPLOAD_BYTES, fields: 4, parts: 5 },
    });
    scope.post(
      '/api/v1/bank-search/media',
      {
        config: { access: staffRead },
        schema: { tags, consumes: ['multipart/form-data'], response: { 200: StaffSearchResult } },
      },
      async (request) => {
        const upload = await readUpload(request);
        return staff.search(await hashbank.hashMedia(upload.bytes, upload.contentType, requesterOf(request)));
      },
    );
  });

  app.get(
    '/api/v1/banks/:name/grants',
    { config: { access: staffCurate }, schema: { tags, params: BankNameParams, response: { 200: BankGrants } } },
    async (request) => staff.grantsOf(request.params.name),
  );

  app.put(
    '/api/v1/banks/:name/grants/:organisationId',
    {
      config: { access: staffCurate },
      schema: { tags, params: BankGrantParams, body: GrantBody, response: { 200: BankGrants } },
    },
    async (request) => {
      const { name, organisationId } = request.params;
      await staff.grant(name, organisationId, request.body, actorOf(request));
      return staff.grantsOf(name);
    },
  );

  app.delete(
    '/api/v1/banks/:name/grants/:organisationId',
    { config: { access: staffCurate }, schema: { tags, params: BankGrantParams, response: { 200: BankGrants } } },
    async (request) => {
      const { name, organisationId } = request.params;
      await hashbank.revokeGrant(name, organisationId, actorOf(request));
      return staff.grantsOf(name);
    },
  );

  app.get(
    '/api/v1/banks/:name/imports',
    { config: { access: staffCurate }, schema: { tags, params: BankNameParams, response: { 200: BankImports } } },
    async (request) => ({ imports: await staff.importsOf(request.params.name) }),
  );
}
