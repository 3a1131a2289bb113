import { flag, html, type Html, type Renderable } from './html.ts';
import type { FormValues } from './report-form.ts';

// Accessible form controls: every control has a label; hints and errors are tied to it with
// aria-describedby, and an invalid control says so (aria-invalid) next to its message.

export type FormErrors = ReadonlyMap<string, string>;
export type FieldState = { values: FormValues; errors: FormErrors; optional: string };

type FieldOptions = {
  label: string;
  hint?: Renderable;
  optional?: boolean;
  type?: string;
  autocomplete?: string;
  maxlength?: number;
  inputmode?: string;
};

function describedBy(name: string, hint: boolean, error: boolean): Html {
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  return ids ? html` aria-describedby="${ids}"` : html``;
}

function labelFor(name: string, o: FieldOptions, state: FieldState): Html {
  return html`<label for="${name}">${o.label}${o.optional ? html` <span class="optional">${state.optional}</span>` : ''}</label>
${o.hint ? html`<p class="hint" id="${name}-hint">${o.hint}</p>` : ''}${errorText(name, state)}`;
}

function errorText(name: string, state: FieldState): Html {
  const error = state.errors.get(name);
  return error ? html`<p class="error" id="${name}-error">${error}</p>` : html``;
}

function group(name: string, state: FieldState, inner: Html): Html {
  return html`<div class="field${state.errors.has(name) ? ' has-error' : ''}">${inner}</div>`;
}

export function textField(name: string, o: FieldOptions, state: FieldState): Html {
  const error = state.errors.has(name);
  return group(
    name,
    state,
    html`${labelFor(name, o, state)}
<input id="${name}" name="${name}" type="${o.type ?? 'text'}" value="${state.values[name] ?? ''}"${o.autocomplete ? html` autocomplete="${o.autocomplete}"` : ''}${o.inputmode ? html` inputmode="${o.inputmode}"` : ''} maxlength="${o.maxlength ?? 200}"${describedBy(name, !!o.hint, error)}${flag('aria-invalid="true"', error)}>`,
  );
}

export function textArea(name: string, o: FieldOptions & { rows?: number }, state: FieldState): Html {
  const error = state.errors.has(name);
  return group(
    name,
    state,
    html`${labelFor(name, o, state)}
<textarea id="${name}" name="${name}" rows="${o.rows ?? 5}" maxlength="${o.maxlength ?? 10000}"${describedBy(name, !!o.hint, error)}${flag('aria-invalid="true"', error)}>${state.values[name] ?? ''}</textarea>`,
  );
}

export function selectField(
  name: string,
  o: FieldOptions & { choose: string; options: ReadonlyArray<readonly [string, string]> },
  state: FieldState,
): Html {
  const error = state.errors.has(name);
  const current = state.values[name] ?? '';
  return group(
    name,
    state,
    html`${labelFor(name, o, state)}
<select id="${name}" name="${name}"${describedBy(name, !!o.hint, error)}${flag('aria-invalid="true"', error)}>
<option value="">${o.choose}</option>
${o.options.map(([value, label]) => html`<option value="${value}"${flag('selected', current === value)}>${label}</option>`)}
</select>`,
  );
}

export function radios(
  name: string,
  o: { legend: string; hint?: Renderable; options: ReadonlyArray<readonly [string, string]>; fallback?: string },
  state: FieldState,
): Html {
  const current = state.values[name] ?? o.fallback ?? '';
  const error = state.errors.has(name);
  return html`<fieldset class="field${error ? ' has-error' : ''}"${describedBy(name, !!o.hint, error)}>
<legend>${o.legend}</legend>
${o.hint ? html`<p class="hint" id="${name}-hint">${o.hint}</p>` : ''}${errorText(name, state)}
${o.options.map(([value, label], i) => html`<div class="choice"><input type="radio" id="${name}-${i}" name="${name}" value="${value}"${flag('checked', current === value)}><label for="${name}-${i}">${label}</label></div>`)}
</fieldset>`;
}

export function checkbox(name: string, label: string, state: FieldState): Html {
  return html`<div class="field choice"><input type="checkbox" id="${name}" name="${name}" value="yes"${flag('checked', state.values[name] === 'yes')}><label for="${name}">${label}</label></div>`;
}

/** The error summary: first thing read, each message a link to its field. */
export function errorSummary(title: string, errors: FormErrors, firstControl: (field: string) => string): Html {
  if (errors.size === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${title}</h2>
<ul>${[...errors].map(([field, message]) => html`<li><a href="#${firstControl(field)}">${message}</a></li>`)}</ul>
</div>`;
}
