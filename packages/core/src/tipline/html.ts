// A tiny HTML builder: every interpolated value is escaped unless it is already Html, so a
// reporter's words can never become markup.
export class Html {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

export type Renderable = Html | string | number | boolean | null | undefined | readonly Renderable[];

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] as string);
}

function render(value: Renderable): string {
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Renderable[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** An attribute that is present only when true (`checked`, `selected`, `required`). */
export function flag(name: string, on: boolean): Html {
  return new Html(on ? ` ${name}` : '');
}

/**
 * A catalogue sentence with markup in its {placeholders} (a link, a phone number): the words are
 * escaped, the values rendered as given.
 */
export function sentence(template: string, values: Readonly<Record<string, Renderable>>): Html {
  return new Html(
    template
      .split(/(\{\w+\})/)
      .map((part) => {
        const name = /^\{(\w+)\}$/.exec(part)?.[1];
        return name !== undefined && Object.hasOwn(values, name)
          ? render(values[name] as Renderable)
          : escapeHtml(part);
      })
      .join(''),
  );
}
