import assert from 'node:assert/strict';
import { test } from 'node:test';
import Type from 'typebox';
import { operationIdOf } from './openapi.ts';
import { createSchemaNamer, enumNameOf } from './openapi-schemas.ts';

test('operationIds come from the method and the path, parameters as By<Name>', () => {
  assert.equal(operationIdOf('GET', '/api/v1/captures/:id'), 'getCapturesById');
  assert.equal(operationIdOf('GET', '/api/v1/reported-urls/:id/captures'), 'getReportedUrlsByIdCaptures');
  assert.equal(
    operationIdOf('DELETE', '/c/bank/:bank_name/content/:content_id'),
    'deleteCBankByBankNameContentByContentId',
  );
  assert.equal(operationIdOf('POST', '/h/hash'), 'postHHash');
  assert.equal(operationIdOf('GET', '/api/v2/reports'), 'getApiV2Reports', 'only v1 is left out');
  assert.equal(operationIdOf('GET', '/'), 'getRoot');
});

test('closed sets are named in the singular', () => {
  assert.equal(enumNameOf('reportTypes'), 'ReportType');
  assert.equal(enumNameOf('activities'), 'Activity');
  assert.equal(enumNameOf('entryStatuses'), 'EntryStatus');
  assert.equal(enumNameOf('intendedUses'), 'IntendedUse');
});

test('named schemas become references wherever they are used, copies and enums included', () => {
  const Item = Type.Object({ id: Type.String(), kind: Type.Enum(['a', 'b']) });
  const Page = Type.Object({ items: Type.Array(Item), first: Type.Optional(Item) });
  const namer = createSchemaNamer({ schemas: { Item, Page, kinds: ['b', 'a'], other: ['x'] } });
  assert.deepEqual(namer.refer(Page), { $ref: '#/components/schemas/Page' });
  const inline = namer.refer(Type.Object({ page: Page, state: Type.Union([Type.Enum(['x']), Type.Null()]) }));
  assert.deepEqual((inline as { properties: unknown }).properties, {
    page: { $ref: '#/components/schemas/Page' },
    state: { anyOf: [{ $ref: '#/components/schemas/Other' }, { type: 'null' }] },
  });
  const components = namer.components() as Record<string, { properties?: Record<string, unknown> }>;
  assert.deepEqual(Object.keys(components), ['Item', 'Kind', 'Other', 'Page']);
  assert.deepEqual(components.Page!.properties, {
    items: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
    first: { $ref: '#/components/schemas/Item' },
  });
  assert.deepEqual(components.Item!.properties!.kind, { $ref: '#/components/schemas/Kind' });
  assert.deepEqual(components.Kind, { type: 'string', enum: ['b', 'a'] });
});

test('a literal union that is no closed set is still a typed enum', () => {
  const namer = createSchemaNamer({ schemas: {} });
  assert.deepEqual(namer.refer(Type.Union([Type.Literal('ok'), Type.Literal('unavailable')])), {
    type: 'string',
    enum: ['ok', 'unavailable'],
  });
  assert.deepEqual(namer.typed(Type.Object({ format: Type.Enum(['csv', 'hma']) })), {
    type: 'object',
    required: ['format'],
    properties: { format: { type: 'string', enum: ['csv', 'hma'] } },
  });
});
