import { Readable } from 'node:stream';
import { ImportResponse, importFormats } from '@vigie/contract';
import Type from 'typebox';
import { actorOf } from '../access/index.ts';
import type { HttpServer } from '../platform/http/server.ts';
import { exportContentTypes } from './bank-formats.ts';
import { curateAccess, requireBankCuration } from './hashbank.http.ts';
import type { HashbankService } from './hashbank.service.ts';

const tags = ['hash bank'];
const Params = Type.Object({ name: Type.String({ maxLength: 64 }) });
const FormatQuery = Type.Object({ format: Type.Enum(importFormats) });
const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const fileTypes = [...new Set(Object.values(exportContentTypes))];
// The export streams the file: described for the document, never serialised.
const BankFile = Type.Unsafe<Readable>({
  type: 'string',
  format: 'binary',
  description: 'The bank file in the format asked for',
});

/** Bank files by API: the body is the file itself (any content type), as `vigie bank import` reads it. */
export async function registerBankTransferRoutes(app: HttpServer, hashbank: HashbankService): Promise<void> {
  await app.register(async (scope: HttpServer) => {
    // The file is taken as bytes whatever it declares (a StopNCII file is JSON, but not a request).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IMPORT_BYTES }, (_request, body, done) =>
      done(null, body),
    );
    requireBankCuration(scope, hashbank, 'name');

    scope.post(
      '/api/v1/banks/:name/import',
      {
        config: { access: curateAccess },
        schema: {
          tags,
          params: Params,
          querystring: FormatQuery,
          consumes: [...fileTypes, 'application/octet-stream'],
          response: { 200: ImportResponse },
        },
      },
      async (request) =>
        hashbank.importBank(request.params.name, request.query.format, request.body as Buffer, actorOf(request)),
    );

    scope.get(
      '/api/v1/banks/:name/export',
      {
        config: { access: curateAccess },
        schema: { tags, params: Params, querystring: FormatQuery, produces: fileTypes, response: { 200: BankFile } },
      },
      async (request, reply) => {
        const chunks = await hashbank.exportBank(request.params.name, request.query.format);
        return reply.type(exportContentTypes[request.query.format]).send(Readable.from(chunks));
      },
    );
  });
}
