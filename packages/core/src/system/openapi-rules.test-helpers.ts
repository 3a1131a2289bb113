import type { AccessRule } from '../access/index.ts';

// The rules every operation of /api/openapi.json is held to (docs/api.md, "What the document
// promises"), so that a route added later is described as well as the others or fails a test:
//
// 1. an operationId, unique, usable as an identifier;
// 2. a `security` of its own that matches its `config.access`: `{}` (anyone) for public routes and
//    only for them; the session with the route's staff roles (and the CSRF header on writes); an
//    API key with the route's scope;
// 3. the shared error answers: 401, 429, 500 and `default` everywhere, 403 where the rule refuses
//    someone, 400 where there is input; every error answer (those a route declares too) is the
//    one ErrorResponse component, as JSON;
// 4. a success answer (2xx) with a body schema, or a 204;
// 5. named schemas: the top-level schema of every request and response body is a reference to a
//    named component, an array of them, a scalar (string, number, boolean, enum, bytes) or a
//    free-form map (an object without declared properties: HMA's answers are keyed by bank name
//    or signal type). An object with declared properties is never inline at the top level (nor
//    as the items of a top-level array): a generated client would have no name for it. Inside a
//    named component, nested objects may stay inline (they are named by their path);
// 6. uploads are `multipart/form-data` request bodies; a POST, PUT or PATCH without a body is
//    one of the few listed below;
// 7. every enum says its type, every reference resolves.

export type Schema = Record<string, unknown>;
type Media = { schema?: Schema };
type Operation = {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  requestBody?: { content?: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media> } | undefined>;
};
export type OpenapiDocument = {
  paths: Record<string, Record<string, Operation | undefined> | undefined>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, unknown> };
};

const errorRef = '#/components/schemas/ErrorResponse';
const writeMethods = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Operations that declare no success schema, and operations whose request or answer body is an
 * inline object: none today. An entry may be added only with the reason its body cannot be
 * described; an entry that gains a schema (or names its bodies) fails the test too.
 */
export const undescribedAnswers = new Set<string>();

export const inlineBodies = new Set<string>();

/** Answers with an error status that are not errors: a load balancer reads /health's 503. */
export const ownErrorAnswers = new Set(['GET /health 503']);

/** Writes that take no request body at all: the path and the session say everything. */
export const bodilessWrites = new Set([
  'POST /api/v1/auth/logout',
  'POST /api/v1/exchanges/{name}/fetch',
  'POST /api/v1/media/{sha256}/reveal',
  'POST /api/v1/review/exposure/heartbeat',
  'POST /api/v1/review/exposure/stop',
]);

function isScalar(schema: Schema): boolean {
  const type = schema.type;
  return (
    Array.isArray(schema.enum) ||
    'const' in schema ||
    ['string', 'number', 'integer', 'boolean', 'null'].includes(type as string) ||
    (Array.isArray(type) && type.every((t) => t !== 'object' && t !== 'array'))
  );
}

function isFreeFormMap(schema: Schema): boolean {
  return schema.type === 'object' && schema.properties === undefined;
}

/** Rule 5 for one top-level body schema: undefined when it holds, else what is wrong. */
export function namingProblem(schema: Schema | undefined): string | undefined {
  if (!schema) return 'no schema';
  if (typeof schema.$ref === 'string' || isScalar(schema) || isFreeFormMap(schema)) return undefined;
  if (schema.type === 'array') {
    const items = schema.items as Schema | undefined;
    if (items && (typeof items.$ref === 'string' || isScalar(items) || isFreeFormMap(items))) return undefined;
    return 'inline object schema as array items';
  }
  const union = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (Array.isArray(union) && union.every((s) => namingProblem(s) === undefined)) return undefined;
  return 'inline object schema';
}

function walkSchemas(node: unknown, visit: (schema: Schema) => void): void {
  if (Array.isArray(node)) for (const n of node) walkSchemas(n, visit);
  else if (typeof node === 'object' && node !== null) {
    visit(node as Schema);
    for (const value of Object.values(node)) walkSchemas(value, visit);
  }
}

function checkSecurity(op: Operation, rule: AccessRule, method: string, problem: (m: string) => void): void {
  const security = op.security;
  if (!security || security.length === 0) return problem('no security');
  const isPublic = 'public' in rule;
  const open = security.some((r) => Object.keys(r).length === 0);
  if (isPublic !== open) problem(isPublic ? 'public but no empty requirement' : 'open to anyone, rule is not public');
  const staff = 'staff' in rule ? (rule.staff ?? []) : [];
  if (staff.length > 0) {
    const session = security.find((r) => r.session);
    if (!session) problem('no session requirement');
    else {
      for (const role of [...staff, 'administrator'])
        if (!session.session!.includes(role)) problem(`session requirement without ${role}`);
      if (writeMethods.has(method) && !session.csrf) problem('a write by a session without the CSRF header');
    }
  }
  const scope = 'apiKey' in rule ? rule.apiKey : undefined;
  if (scope && !security.some((r) => r.apiKey?.includes(scope))) problem(`no API key requirement for ${scope}`);
}

export function assertWellDescribed(
  doc: OpenapiDocument,
  declared: ReadonlyArray<{ method: string; url: string; access: AccessRule }>,
): string[] {
  const problems: string[] = [];
  const ids = new Map<string, string>();
  const rules = new Map(
    declared.map((r) => [`${r.method} ${r.url.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, '{$1}')}`, r.access]),
  );
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item ?? {})) {
      if (!op) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const problem = (message: string) => problems.push(`${name}: ${message}`);
      // 1
      if (!op.operationId) problem('no operationId');
      else if (!/^[a-z][A-Za-z0-9]*$/.test(op.operationId)) problem(`operationId ${op.operationId} is no identifier`);
      else if (ids.has(op.operationId))
        problem(`operationId ${op.operationId} also used by ${ids.get(op.operationId)}`);
      else ids.set(op.operationId, name);
      // 2
      const rule = rules.get(name);
      if (!rule) problem('not a declared route');
      else checkSecurity(op, rule, method, problem);
      // 3
      const hasInput = Boolean(op.requestBody) || path.includes('{') || (op as { parameters?: unknown }).parameters;
      const needed = ['401', '429', '500', 'default'];
      if (rule && !('public' in rule)) needed.push('403');
      if (hasInput) needed.push('400');
      for (const status of needed) if (!op.responses[status]) problem(`no ${status}`);
      for (const [status, response] of Object.entries(op.responses)) {
        if (!/^[45]|^default$/.test(status) || ownErrorAnswers.has(`${name} ${status}`)) continue;
        const media = response?.content?.['application/json'];
        if (media?.schema?.$ref !== errorRef || Object.keys(response?.content ?? {}).length !== 1)
          problem(`error answer ${status} is not the shared ErrorResponse`);
      }
      // 4
      const successes = Object.entries(op.responses).filter(([s]) => s.startsWith('2'));
      const described = successes.some(([s, r]) => s === '204' || Object.keys(r?.content ?? {}).length > 0);
      if (undescribedAnswers.has(name)) {
        if (described) problem('now describes its answer: remove it from undescribedAnswers');
      } else if (!described) problem('no success answer with a body schema (or 204)');
      // 5
      const bodies = [
        ...Object.entries(op.requestBody?.content ?? {}).map(([type, m]) => ['request', type, m] as const),
        ...successes.flatMap(([s, r]) =>
          Object.entries(r?.content ?? {}).map(([type, m]) => [`response ${s}`, type, m] as const),
        ),
      ];
      let inline = false;
      for (const [where, type, media] of bodies) {
        const wrong = namingProblem(media.schema);
        inline ||= wrong !== undefined;
        if (wrong && !inlineBodies.has(name)) problem(`${wrong} in the ${where} (${type})`);
        if (type === 'multipart/form-data' && typeof media.schema?.$ref !== 'string')
          problem('an upload without a named form');
      }
      if (inlineBodies.has(name) && !inline) problem('now names its bodies: remove it from inlineBodies');
      // 6
      if (['post', 'put', 'patch'].includes(method) && !op.requestBody && !bodilessWrites.has(name))
        problem('a write without a request body');
    }
  }
  // 7
  walkSchemas(doc, (schema) => {
    if (Array.isArray(schema.enum) && schema.type === undefined)
      problems.push(`an enum without a type: ${JSON.stringify(schema)}`);
    const ref = schema.$ref;
    if (typeof ref === 'string') {
      const target = ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
      if (!target || !doc.components.schemas[target]) problems.push(`a reference that does not resolve: ${ref}`);
    }
  });
  return problems;
}
