// Named component schemas for the OpenAPI document. Routes keep using the contract's TypeBox
// schemas inline (Fastify validates and serialises with them); only the document refers to them by
// name, so a schema gets its name from where it is defined, once, and a route needs no `$ref`.

type Json = Record<string, unknown>;

export const componentPrefix = '#/components/schemas/';

// JSON Schema keywords whose value is a schema, a list of schemas or a map of name to schema.
const schemaKeywords = [
  'items',
  'additionalProperties',
  'contains',
  'not',
  'if',
  'then',
  'else',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
];
const schemaListKeywords = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const schemaMapKeywords = ['properties', 'patternProperties', '$defs', 'dependentSchemas'];

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object schema with declared properties: the kind a client generator should see by name. */
export function isObjectWithProperties(value: unknown): value is Json {
  return isRecord(value) && value.type === 'object' && isRecord(value.properties);
}

function pascalCase(words: string): string {
  return words.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _sep, c: string) => c.toUpperCase());
}

/** `reportTypes` → `ReportType`, `activities` → `Activity`, `entryStatuses` → `EntryStatus`. */
export function enumNameOf(exportName: string): string {
  const singular = /statuses$/i.test(exportName)
    ? exportName.slice(0, -2)
    : exportName.replace(/ies$/, 'y').replace(/s$/, '');
  return pascalCase(singular);
}

function enumKey(values: readonly unknown[]): string {
  return JSON.stringify([...values].map(String).sort());
}

/** A union of string literals (TypeBox's `Union([Literal...])`) written as a typed enum. */
function literalUnion(schema: Json): string[] | undefined {
  const members = schema.anyOf;
  if (!Array.isArray(members) || members.length === 0) return undefined;
  const values: string[] = [];
  for (const m of members) {
    if (!isRecord(m) || typeof m.const !== 'string') return undefined;
    if (Object.keys(m).some((k) => k !== 'const' && k !== 'type')) return undefined;
    values.push(m.const);
  }
  return values;
}

export type NamedSchemaSources = {
  /** Exported schemas by export name (the contract's module namespace): objects are named. */
  schemas: Readonly<Record<string, unknown>>;
  /** Schemas that only the document names (the error body, the upload form): never matched. */
  fixed?: Readonly<Record<string, Json>>;
};

/**
 * Replaces, in a copy of a schema, every subschema that is a named one by a reference to its
 * component: the same object (TypeBox composes by reference) or the same JSON (TypeBox's
 * `Optional` copies). Closed sets (`as const` string arrays in the same exports) become named
 * enums when a schema enumerates exactly their values. Enums are written `type: string` + `enum`.
 */
export function createSchemaNamer(sources: NamedSchemaSources) {
  const byIdentity = new Map<object, string>();
  const byShape = new Map<string, string>();
  const enums = new Map<string, { name: string; values: readonly string[] }>();
  const ambiguousEnums = new Set<string>();
  const origin = new Map<string, Json>();
  for (const [name, value] of Object.entries(sources.schemas)) {
    if (isObjectWithProperties(value)) {
      byIdentity.set(value, name);
      const shape = JSON.stringify(value);
      if (!byShape.has(shape)) byShape.set(shape, name);
      origin.set(name, value);
    } else if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
      const key = enumKey(value);
      // Two closed sets with the same values: neither name would be right everywhere.
      if (enums.has(key)) ambiguousEnums.add(key);
      else enums.set(key, { name: enumNameOf(name), values: value });
    }
  }
  for (const key of ambiguousEnums) enums.delete(key);
  const add = (name: string, schema: Json) => {
    if (origin.has(name)) throw new Error(`two OpenAPI components would be named ${name}`);
    origin.set(name, schema);
  };
  for (const [name, schema] of Object.entries(sources.fixed ?? {})) add(name, schema);
  for (const { name, values } of enums.values()) add(name, { type: 'string', enum: [...values] });

  const used = new Set<string>();
  const refer = (name: string): Json => {
    used.add(name);
    return { $ref: `${componentPrefix}${name}` };
  };

  // `naming` off: only the enums are typed (parameters, which the document keeps inline).
  function rewrite(node: unknown, isRoot: boolean, naming = true): unknown {
    if (Array.isArray(node)) return node.map((n) => rewrite(n, false, naming));
    if (!isRecord(node)) return node;
    if (!isRoot && naming) {
      const named =
        byIdentity.get(node) ?? (isObjectWithProperties(node) ? byShape.get(JSON.stringify(node)) : undefined);
      if (named) return refer(named);
    }
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (schemaKeywords.includes(key)) out[key] = rewrite(value, false, naming);
      else if (schemaListKeywords.includes(key) && Array.isArray(value))
        out[key] = value.map((v) => rewrite(v, false, naming));
      else if (schemaMapKeywords.includes(key) && isRecord(value))
        out[key] = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, false, naming)]));
      else out[key] = value;
    }
    const literals = literalUnion(out);
    if (literals) {
      delete out.anyOf;
      out.type = 'string';
      out.enum = literals;
    }
    if (Array.isArray(out.enum) && out.type === undefined && out.enum.every((v) => typeof v === 'string'))
      out.type = 'string';
    if (!isRoot && naming && Array.isArray(out.enum)) {
      const known = enums.get(enumKey(out.enum));
      if (known && Object.keys(out).every((k) => k === 'type' || k === 'enum')) return refer(known.name);
    }
    return out;
  }

  return {
    /** A copy of a route's body or response schema, named parts as references. */
    refer: (schema: unknown) => rewrite(schema, false),
    reference: (name: string) => refer(name),
    /** A copy with typed enums only, for parameters (query, path, headers). */
    typed: (schema: unknown) => rewrite(schema, true, false),
    /** Every component referred to so far (and those they refer to), sorted by name. */
    components(): Record<string, unknown> {
      const out: Record<string, unknown> = {};
      const pending = [...used];
      while (pending.length > 0) {
        const name = pending.pop()!;
        if (name in out || !origin.has(name)) continue;
        const schema = rewrite(origin.get(name), true);
        out[name] = schema;
        for (const [, ref] of JSON.stringify(schema).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g))
          pending.push(ref!);
      }
      return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
    },
  };
}

export type SchemaNamer = ReturnType<typeof createSchemaNamer>;
