import Type from 'typebox';
import { actorOf } from '../../access/index.ts';
import type { HttpServer } from '../../platform/http/server.ts';
import { curateAccess, curatorOf, readUpload, requesterOf, requireBankCuration } from '../hashbank.http.ts';
import type { HashbankService } from '../hashbank.service.ts';
import type { HmaService } from './hma.service.ts';
import { hmaBank, hmaSignals, hmaSignalTypeNames } from './hma-format.ts';
import { collectSignals } from '../signals.ts';

const tags = ['hma'];
const BankParams = Type.Object({ bank_name: Type.String({ maxLength: 64 }) });
const ContentParams = Type.Object({
  bank_name: Type.String({ maxLength: 64 }),
  content_id: Type.Integer({ minimum: 1 }),
});
const BankBody = Type.Object({
  name: Type.Optional(Type.String()),
  enabled: Type.Optional(Type.Boolean()),
  enabled_ratio: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
});

/** HMA's curation blueprint (/c/): banks, bank content, signals and signal types. */
export async function registerHmaCurationRoutes(
  app: HttpServer,
  hashbank: HashbankService,
  hma: HmaService,
): Promise<void> {
  const access = curateAccess;
  // HMA has a ratio of lookups a bank takes part in; Vigie banks are on or off (ratio > 0 is on).
  const enabledOf = (body: { enabled?: boolean | undefined; enabled_ratio?: number | undefined }) =>
    body.enabled_ratio !== undefined ? body.enabled_ratio > 0 : body.enabled;

  await app.register(async (curation: HttpServer) => {
    requireBankCuration(curation, hashbank, 'bank_name');
    curation.get('/c/banks', { config: { access }, schema: { tags } }, async (request) =>
      (await hashbank.listCuratedBanks(curatorOf(request))).map(hmaBank),
    );

    curation.post('/c/banks', { config: { access }, schema: { tags, body: BankBody } }, async (request, reply) => {
      const enabled = enabledOf(request.body);
      const bank = await hashbank.createBank(
        request.body.name ?? '',
        enabled === undefined ? {} : { enabled },
        actorOf(request),
        curatorOf(request),
      );
      return reply.status(201).send(hmaBank(bank));
    });

    curation.get('/c/bank/:bank_name', { config: { access }, schema: { tags, params: BankParams } }, async (request) =>
      hmaBank(await hashbank.getBank(request.params.bank_name)),
    );

    curation.put(
      '/c/bank/:bank_name',
      { config: { access }, schema: { tags, params: BankParams, body: BankBody } },
      async (request) => {
        const enabled = enabledOf(request.body);
        const changes = {
          ...(enabled === undefined ? {} : { enabled }),
          ...(request.body.name ? { name: request.body.name } : {}),
        };
        return hmaBank(await hashbank.updateBank(request.params.bank_name, changes, actorOf(request)));
      },
    );

    curation.delete(
      '/c/bank/:bank_name',
      { config: { access }, schema: { tags, params: BankParams } },
      async (request) => {
        await hashbank.deleteBank(request.params.bank_name, actorOf(request));
        return { message: 'Done' };
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
            { url: Type.Optional(Type.String({ maxLength: 4096 })) },
            { additionalProperties: true },
          ),
        },
      },
      async (request) => {
        const hashed = request.query.url
          ? await hashbank.hashUrl(request.query.url, undefined, requesterOf(request))
          : await readUpload(request).then(async (u) => ({
              contentType: u.contentType,
              signals: await hashbank.hashMedia(u.bytes, u.contentType, requesterOf(request)),
            }));
        const { id } = await hashbank.addToBank(request.params.bank_name, hashed.signals, actorOf(request), {
          via: 'hma',
        });
        return { id, signals: hmaSignals(hashed.signals, hashed.contentType) };
      },
    );

    curation.post(
      '/c/bank/:bank_name/signal',
      { config: { access }, schema: { tags, params: BankParams, body: Type.Record(Type.String(), Type.String()) } },
      async (request) => {
        const signals = collectSignals(Object.entries(request.body).map(([type, value]) => ({ type, value })));
        const { id } = await hashbank.addToBank(request.params.bank_name, signals, actorOf(request), {
          via: 'hma',
        });
        return { id, signals: request.body };
      },
    );

    curation.get(
      '/c/bank/:bank_name/content/:content_id',
      { config: { access }, schema: { tags, params: ContentParams } },
      async (request) => {
        const content = await hma.bankContent(request.params.bank_name, request.params.content_id);
        return { ...content, bank: hmaBank(content.bank) };
      },
    );

    curation.delete(
      '/c/bank/:bank_name/content/:content_id',
      { config: { access }, schema: { tags, params: ContentParams } },
      async (request) => {
        await hashbank.getBankEntry(request.params.bank_name, request.params.content_id);
        await hashbank.withdrawEntry(request.params.content_id, 'removed through the HMA API', actorOf(request));
        return { deleted: 1 };
      },
    );

    curation.get('/c/signal_type', { config: { access }, schema: { tags } }, async () =>
      hmaSignalTypeNames().map((name) => ({ name, enabled_ratio: 1.0 })),
    );

    curation.get('/c/signal_type/index', { config: { access }, schema: { tags } }, async () => {
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
    });
  });
}
