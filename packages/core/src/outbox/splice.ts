// Values put into a stored body only when it is sent (`{{vigie:name}}`): what must not be kept
// in the database in the clear, such as a response link's token.

const pattern = /\{\{vigie:([a-z-]+)\}\}/g;

export function spliceText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(pattern, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] as string) : whole,
  );
}

export function splice<T>(body: T, values: Readonly<Record<string, string>>): T {
  if (typeof body === 'string') return spliceText(body, values) as T;
  if (Array.isArray(body)) return body.map((item) => splice(item, values)) as T;
  if (body !== null && typeof body === 'object')
    return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, splice(v, values)])) as T;
  return body;
}
