import { NoticeError } from './notices.errors.ts';

// The notices' templates: a small, logic-less language an operator can edit without learning a
// framework. `{{name}}` inserts a value (escaped in HTML templates), `{{#name}}...{{/name}}`
// repeats for each item of a list or shows when the value is true or non-empty,
// `{{^name}}...{{/name}}` shows when it is false or empty. Inside a list, names are the item's
// first, then the outer ones. Unknown names are an error, so a typo does not send a blank.

export type TemplateValue = string | number | boolean | null | undefined | readonly TemplateScope[];
export type TemplateScope = Readonly<Record<string, TemplateValue>>;

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] as string);

type Node = string | { name: string } | { section: string; inverted: boolean; children: Node[] };

function parse(source: string, file: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ name: string; children: Node[] }> = [{ name: '', children: root }];
  const tag = /\{\{\s*([#^/]?)\s*([a-zA-Z][\w]*)\s*\}\}/g;
  let last = 0;
  for (let m = tag.exec(source); m; m = tag.exec(source)) {
    const top = stack.at(-1)!;
    if (m.index > last) top.children.push(source.slice(last, m.index));
    last = tag.lastIndex;
    const [, kind, name] = m as unknown as [string, string, string];
    if (kind === '#' || kind === '^') {
      const node = { section: name, inverted: kind === '^', children: [] as Node[] };
      top.children.push(node);
      stack.push({ name, children: node.children });
    } else if (kind === '/') {
      if (top.name !== name)
        throw new NoticeError('NOTICE_TEMPLATE_INVALID', `${file}: {{/${name}}} closes nothing open`);
      stack.pop();
    } else top.children.push({ name });
  }
  if (stack.length > 1)
    throw new NoticeError('NOTICE_TEMPLATE_INVALID', `${file}: {{#${stack.at(-1)!.name}}} is not closed`);
  if (last < source.length) root.push(source.slice(last));
  return root;
}

export type Template = (scope: TemplateScope) => string;

export function compileTemplate(source: string, file: string, mode: 'html' | 'text'): Template {
  const nodes = parse(source, file);
  const lookup = (scopes: readonly TemplateScope[], name: string): TemplateValue => {
    for (let i = scopes.length - 1; i >= 0; i--) if (Object.hasOwn(scopes[i]!, name)) return scopes[i]![name];
    throw new NoticeError('NOTICE_TEMPLATE_INVALID', `${file}: unknown name {{${name}}}`);
  };
  const render = (list: readonly Node[], scopes: readonly TemplateScope[]): string =>
    list
      .map((node) => {
        if (typeof node === 'string') return node;
        if ('name' in node) {
          const value = lookup(scopes, node.name);
          const text = value === null || value === undefined || typeof value === 'object' ? '' : String(value);
          return mode === 'html' ? escapeHtml(text) : text;
        }
        const value = lookup(scopes, node.section);
        const truthy = Array.isArray(value) ? value.length > 0 : Boolean(value);
        if (node.inverted) return truthy ? '' : render(node.children, scopes);
        if (!truthy) return '';
        if (Array.isArray(value)) return value.map((item) => render(node.children, [...scopes, item])).join('');
        return render(node.children, scopes);
      })
      .join('');
  return (scope) => render(nodes, [scope]);
}

/**
 * Refuses a name `scope` lacks anywhere in the template, shown or not (a section's names inside a
 * list are checked against the list's first item, then the outer names): a typo in a branch the
 * sample does not take is caught before it is saved, not when a notice takes it.
 */
export function checkTemplateNames(source: string, file: string, scope: TemplateScope): void {
  const walk = (list: readonly Node[], scopes: readonly TemplateScope[]): void => {
    for (const node of list) {
      if (typeof node === 'string') continue;
      const name = 'name' in node ? node.name : node.section;
      const holder = scopes.findLast((s) => Object.hasOwn(s, name));
      if (!holder) throw new NoticeError('NOTICE_TEMPLATE_INVALID', `${file}: unknown name {{${name}}}`);
      if ('name' in node) continue;
      const value = holder[name];
      walk(node.children, Array.isArray(value) ? [...scopes, (value[0] ?? {}) as TemplateScope] : scopes);
    }
  };
  walk(parse(source, file), [scope]);
}
