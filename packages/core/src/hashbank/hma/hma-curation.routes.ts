import type { FastifyRequest } from 'fastify';
import {
  HmaBank,
  HmaBankContent,
  HmaBankCreate,
  HmaBankUpdate,
  HmaContentAdded,
  HmaContentDeleted,
  HmaContentTypeConfig,
  HmaMessage,
  HmaSignalsBody,
  HmaSignalTypeConfig,
  HmaSignalTypeIndex,
} from '@vigie/contract';
import Type from 'typebox';
import { actorOf } from '../../access/index.ts';
import { isAppError, PlatformError } from '../../platform/errors.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { curateAccess, curatorOf, requesterOf, requireBankCuration } from '../hashbank.http.ts';
import type { HashbankService } from '../hashbank.service.ts';
import { collectSignals } from '../signals.ts';
import { hmaBank, hmaSignals, hmaSignalTypeNames, onlyTypes } from './hma-format.ts';
import type { HmaService } from './hma.service.ts';
import { parseHmaMetadata, parseHmaNote, readHmaUpload } from './hma-upload.ts';

const tags = ['hma'];
const BankParams = Type.Object({ bank_name: Type.String({ maxLength: 64 }) });
const ContentParams = Type.Object({
  bank_name: Type.String({ maxLength: 64 }),
  content_id: Type.Integer({ minimum: 1 }),
});

/** HMA's `enabled` is a ratio of 1 or 0; `enabled_ratio` wins when both are sent. */
function ratioOf(body: { enabled?: boolean | undefined; enabled_ratio?: number | undefined }): number | undefined {
  if (body.enabled_ratio !== undefined) return body.enabled_ratio;
  return body.enabled === undefined ? undefined : body.enabled ? 1 : 0;
}

/** HMA's curation blueprint (/c/): banks, bank content, signals and signal types. */
export async function registerHmaCurationRoutes(
  app: HttpServer,
  hashbank: HashbankService,
  hma: HmaService,
): Promise<void> {
  const access = curateAccess;

  // HMA deletes whatever has the name and answers Done, a bank it never had included; so does
  // Vigie for a bank the caller may not curate (it learns nothing of it, and nothing changes).
  app.delete(
    '/c/bank/:bank_name',
    {
      config: { access },
      schema: { tags, params: BankParams, response: { 200: HmaMessage } },
    },
    async (request) => {
      try {
        await hashbank.requireCuration(curatorOf(request), request.params.bank_name);
      } catch (error) {
        if (isAppError(error) && error.code === 'HASHBANK_BANK_NOT_FOUND') return { message: 'Done' };
        throw error;
      }
      await hashbank.deleteBank(request.params.bank_name, actorOf(request));
      return { message: 'Done' };
    },
  );

  await app.register(async (curation: HttpServer) => {
    requireBankCuration(curation, hashbank, 'bank_name');
    curation.get(
      '/c/banks',
      { config: { access }, schema: { tags, response: { 200: Type.Array(HmaBank) } } },
      async (request) => (await hashbank.listCuratedBanks(curatorOf(request))).map(hmaBank),
    );

    curation.post(
      '/c/banks',
      { config: { access }, schema: { tags, body: HmaBankCreate, response: { 201: HmaBank } } },
      async (request, reply) => {
        const bank = await hashbank.createBank(
          request.body.name,
          { matchingRatio: ratioOf(request.body) ?? 1 },
          actorOf(request),
          curatorOf(request),
        );
        return reply.status(201).send(hmaBank(bank));
      },
    );

    curation.get(
      '/c/bank/:bank_name',
      { config: { access }, schema: { tags, params: BankParams, response: { 200: HmaBank } } },
      async (request) => hmaBank(await hashbank.getBank(request.params.bank_name)),
    );

    curation.put(
      '/c/bank/:bank_name',
      { config: { access }, schema: { tags, params: BankParams, body: HmaBankUpdate, response: { 200: HmaBank } } },
      async (request) => {
        const ratio = ratioOf(request.body);
        const changes = {
          ...(ratio === undefined ? {} : { matchingRatio: ratio }),
          ...(request.body.name ? { name: request.body.name } : {}),
        };
        return hmaBank(await hashbank.updateBank(request.params.bank_name, changes, actorOf(request)));
      },
    );

    curation.post(
      '/c/bank/:bank_name/content',
      {
        config: { access },
        schema: {
          tags,
          params: BankParams,
          querystring: Type.Object(
            {
              url: Type.Optional(Type.String({ maxLength: 4096 })),
              content_type: Type.Optional(Type.Enum(['photo', 'video'])),
              types: Type.Optional(Type.String({ maxLength: 200 })),
            },
            { additionalProperties: true },
          ),
          response: { 200: HmaContentAdded },
        },
      },
      async (request) => {
        const { url, content_type: contentType, types } = request.query;
        // As HMA reads them: metadata and note from a JSON body, or from the multipart form.
        let hashed;
        let form: Record<string, unknown> = jsonBody(request);
        if (url) {
          hashed = await hashbank.hashUrl(url, contentType, requesterOf(request));
        } else if (request.isMultipart()) {
          const upload = await readHmaUpload(request);
          form = upload.fields;
          const signals = await hashbank.hashMedia(upload.bytes, upload.contentType, requesterOf(request));
          hashed = { contentType: upload.contentType, signals };
        } else {
          throw new PlatformError('VALIDATION_FAILED', 'Neither `url` nor multipart file upload was received');
        }
        // Coop puts metadata in the query string beside `url`; HMA reads only bodies.
        const given = url ? { ...request.query, ...form } : form;
        const metadata = parseHmaMetadata(given.metadata, given);
        const note = parseHmaNote(given.note);
        const { id } = await hashbank.addToBank(request.params.bank_name, hashed.signals, actorOf(request), {
          via: 'hma',
          ...(metadata ? { metadata } : {}),
          ...(note ? { note } : {}),
        });
        return { id, signals: onlyTypes(hmaSignals(hashed.signals, hashed.contentType), types) };
      },
    );

    curation.post(
      '/c/bank/:bank_name/signal',
      {
        config: { access },
        schema: { tags, params: BankParams, body: HmaSignalsBody, response: { 200: HmaContentAdded } },
      },
      async (request) => {
        const { note: rawNote, ...given } = request.body;
        const note = parseHmaNote(rawNote);
        const entries = Object.entries(given);
        if (entries.length === 0) throw new PlatformError('VALIDATION_FAILED', 'No signals given');
        const bad = entries.find(([, value]) => typeof value !== 'string');
        if (bad) throw new PlatformError('VALIDATION_FAILED', `Invalid ${bad[0]} signal: not a string`);
        const signals = collectSignals(entries.map(([type, value]) => ({ type, value: value as string })));
        const { id } = await hashbank.addToBank(request.params.bank_name, signals, actorOf(request), {
          via: 'hma',
          ...(note ? { note } : {}),
        });
        return { id, signals: given as Record<string, string> };
      },
    );

    curation.get(
      '/c/bank/:bank_name/content/:content_id',
      { config: { access }, schema: { tags, params: ContentParams, response: { 200: HmaBankContent } } },
      async (request) => {
        const content = await hma.bankContent(request.params.bank_name, request.params.content_id);
        return { ...content, bank: hmaBank(content.bank) };
      },
    );

    // HMA deletes the content; Vigie withdraws it (its history stays, providers get a tombstone).
    // Content that is not (or no longer) in the bank: HMA's count, 0.
    curation.delete(
      '/c/bank/:bank_name/content/:content_id',
      {
        config: { access },
        schema: { tags, params: ContentParams, response: { 200: HmaContentDeleted } },
      },
      async (request) => {
        const { bank_name: bank, content_id: id } = request.params;
        const entry = await hashbank.getBankEntry(bank, id).catch((error: unknown) => {
          if (isAppError(error) && error.code === 'HASHBANK_ENTRY_NOT_FOUND') return undefined;
          throw error;
        });
        if (!entry || entry.withdrawn) return { deleted: 0 };
        await hashbank.withdrawEntry(id, 'removed through the HMA API', actorOf(request));
        return { deleted: 1 };
      },
    );

    curation.get(
      '/c/signal_type',
      { config: { access }, schema: { tags, response: { 200: Type.Array(HmaSignalTypeConfig) } } },
      async () => hmaSignalTypeNames().map((name) => ({ name, enabled_ratio: 1.0 })),
    );

    curation.get(
      '/c/content_type',
      { config: { access }, schema: { tags, response: { 200: Type.Array(HmaContentTypeConfig) } } },
      async () => [
        { name: 'photo', enabled: true },
        { name: 'video', enabled: true },
      ],
    );

    curation.get(
      '/c/signal_type/index',
      { config: { access }, schema: { tags, response: { 200: HmaSignalTypeIndex } } },
      async () => {
        const status = await hma.indexStatus();
        return Object.fromEntries(
          Object.entries(status).map(([name, s]) => [
            name,
            {
              index_size: s.size,
              db_size: s.size,
              index_out_of_date: false,
              index_built_to: s.built_to,
              newest_db_item: s.built_to,
            },
          ]),
        );
      },
    );
  });
}

function jsonBody(request: FastifyRequest): Record<string, unknown> {
  const body = request.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}
