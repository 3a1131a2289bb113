import type { FastifyRequest } from 'fastify';
import {
  HmaCompareBody,
  HmaCompareResult,
  HmaIndexStatus,
  HmaLookupResult,
  HmaMatchesBySignalType,
  HmaRawLookup,
} from '@vigie/contract';
import Type, { type Static } from 'typebox';
import { actorOf, apiKeyOf } from '../../access/index.ts';
import { PlatformError } from '../../platform/errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { HashbankError } from '../hashbank.errors.ts';
import { matchAccess, requesterOf } from '../hashbank.http.ts';
import type { HashbankService } from '../hashbank.service.ts';
import type { Comparison } from '../signals.ts';
import { hmaMatches, hmaMatchesByType, hmaSignals, onlyTypes } from './hma-format.ts';
import type { HmaCaller, HmaService } from './hma.service.ts';
import { readHmaUpload } from './hma-upload.ts';

const tags = ['hma'];
// HMA reads booleans in query strings as pydantic does: true/false, 1/0 (coerced by the schema).
const Flag = Type.Optional(Type.Boolean());

/** HMA's matching blueprint (/m/): lookups by signal, URL or upload, raw lookup, compare, status. */
export async function registerHmaMatchingRoutes(
  scope: HttpServer,
  hashbank: HashbankService,
  hma: HmaService,
): Promise<void> {
  scope.get(
    '/m/lookup',
    {
      config: { access: matchAccess },
      schema: {
        tags,
        querystring: Type.Object({
          url: Type.Optional(Type.String({ maxLength: 4096 })),
          content_type: Type.Optional(Type.Enum(['photo', 'video'])),
          types: Type.Optional(Type.String({ maxLength: 200 })),
          signal_type: Type.Optional(Type.String({ maxLength: 32 })),
          signal: Type.Optional(Type.String({ maxLength: 100_000 })),
          banks: Type.Optional(Type.String({ maxLength: 10_000 })),
          seed: Type.Optional(Type.String({ maxLength: 200 })),
          bypass_coinflip: Flag,
        }),
        // One signal: bank -> matches; by URL: signal type -> bank -> matches.
        response: { 200: HmaLookupResult },
      },
    },
    async (request) => {
      const q = request.query;
      const options = { banks: q.banks, seed: q.seed, bypass: q.bypass_coinflip ?? false };
      if (q.url) {
        const hashed = await hashbank.hashUrl(q.url, q.content_type, requesterOf(request));
        const wanted = onlyTypes(hmaSignals(hashed.signals, hashed.contentType), q.types);
        const found = await hma.lookupSignals(callerOf(request), hashed.signals, options);
        const byType = hmaMatchesByType(found, hashed.contentType);
        const resp = Object.fromEntries(Object.keys(wanted).map((name) => [name, byType[name] ?? {}]));
        return q.signal_type !== undefined ? (resp[q.signal_type] ?? {}) : resp;
      }
      if (!q.signal || !q.signal_type)
        throw new PlatformError('VALIDATION_FAILED', 'Either url or both signal and signal_type are required');
      return hmaMatches(await hma.lookup(callerOf(request), q.signal_type, q.signal, options));
    },
  );

  scope.post(
    '/m/lookup',
    {
      config: { access: matchAccess },
      schema: {
        tags,
        querystring: Type.Object(
          {
            banks: Type.Optional(Type.String({ maxLength: 10_000 })),
            seed: Type.Optional(Type.String({ maxLength: 200 })),
            bypass_coinflip: Flag,
          },
          { additionalProperties: true },
        ),
        response: { 200: HmaMatchesBySignalType },
      },
    },
    async (request) => {
      const upload = await readHmaUpload(request);
      const { banks, seed, bypass_coinflip: bypass } = request.query;
      const found = await hma.lookupMedia(callerOf(request), upload, requesterOf(request), {
        banks,
        seed,
        bypass: bypass ?? false,
      });
      return hmaMatchesByType(found, upload.contentType);
    },
  );

  scope.get(
    '/m/raw_lookup',
    {
      config: { access: matchAccess },
      schema: {
        tags,
        querystring: Type.Object({
          signal_type: Type.String({ maxLength: 32 }),
          signal: Type.String({ maxLength: 100_000 }),
          banks: Type.Optional(Type.String({ maxLength: 10_000 })),
          include_distance: Flag,
        }),
        response: { 200: HmaRawLookup },
      },
    },
    async (request) => {
      const q = request.query;
      const found = await hma.rawLookup(callerOf(request), q.signal_type, q.signal, q.banks);
      const matches = q.include_distance
        ? found.map((m) => ({ bank_content_id: m.entryId, distance: String(m.distance) }))
        : found.map((m) => m.entryId);
      return { matches };
    },
  );

  // HMA takes {"pdq": [left, right]} as a JSON body (POST); GET takes signal_type, left, right.
  scope.post(
    '/m/compare',
    {
      config: { access: matchAccess },
      schema: {
        tags,
        body: HmaCompareBody,
        response: { 200: HmaCompareResult },
      },
    },
    async (request) => {
      const out: Static<typeof HmaCompareResult> = {};
      for (const [type, [left, right]] of Object.entries(request.body))
        out[type] = hmaComparison(await hashbank.compare(type, left!, right!, requesterOf(request)));
      return out;
    },
  );
  scope.get(
    '/m/compare',
    {
      config: { access: matchAccess },
      schema: {
        tags,
        querystring: Type.Object({ signal_type: Type.String(), left: Type.String(), right: Type.String() }),
        response: { 200: HmaCompareResult },
      },
    },
    async (request) => {
      const { signal_type: type, left, right } = request.query;
      return { [type]: hmaComparison(await hashbank.compare(type, left, right, requesterOf(request))) };
    },
  );

  scope.get(
    '/m/index/status',
    {
      config: { access: matchAccess },
      schema: {
        tags,
        querystring: Type.Object({ signal_type: Type.Optional(Type.String()) }),
        response: { 200: HmaIndexStatus },
      },
    },
    async (request) => {
      const status = await hma.indexStatus();
      const only = request.query.signal_type;
      if (only !== undefined && !(only in status)) throw new HashbankError('HASHBANK_SIGNAL_TYPE_UNKNOWN');
      return only ? { [only]: status[only]! } : status;
    },
  );
}

/** HMA's comparison: matched or not, with the distance and the signal type's threshold. */
function hmaComparison(result: Comparison): [boolean, { distance: number; threshold: number }] {
  return [result.isMatch, { distance: result.distance, threshold: result.threshold }];
}

function callerOf(request: FastifyRequest): HmaCaller {
  // Fail closed: anything but a staff session is an organisation's key (apiKeyOf refuses the rest).
  if (request.principal?.kind === 'staff') return { kind: 'staff' };
  return { kind: 'organisation', organisationId: apiKeyOf(request).organisationId, actor: actorOf(request) };
}
