import { incidentPlaces, outsideRegion, reportTypes, type ReportType } from '@vigie/contract';
import {
  checkbox,
  errorSummary,
  radios,
  selectField,
  textArea,
  textField,
  type FieldState,
  type FormErrors,
} from './fields.ts';
import { flag, html, type Html } from './html.ts';
import { format } from './i18n.ts';
import { formLanguageSwitch, href, layout, type PageContext } from './layout.ts';
import {
  happeningNowAlert,
  happeningNowQuestion,
  questionFields,
  selfReportHelp,
  typeQuestions,
} from './report-questions.ts';
import { textIn } from './site.ts';
import { honeypotField, type FormValues } from './report-form.ts';

// For abuse material the web addresses come first; for the rest, where and when.
const urlsFirst: ReadonlySet<ReportType> = new Set([
  'child_sexual_abuse_material',
  'non_consensual_intimate_images',
  'sexually_explicit_material_to_child',
]);

export function isReportType(value: unknown): value is ReportType {
  return typeof value === 'string' && (reportTypes as readonly string[]).includes(value);
}

export function chooseTypePage(page: PageContext, error?: string, chosen?: string): Html {
  const { t } = page;
  const state: FieldState = { values: {}, errors: new Map(error ? [['type', error]] : []), optional: t.optional };
  return layout(
    page,
    t.chooseTypeTitle,
    html`
${errorSummary(t.errorSummaryTitle, state.errors, () => 'type-0')}
<form method="get" action="/report" id="type-form" novalidate>
<input type="hidden" name="lang" value="${page.lang}">
<fieldset class="field types${error ? ' has-error' : ''}" aria-describedby="type-hint">
<legend><h1>${t.chooseTypeTitle}</h1></legend>
<p class="hint" id="type-hint">${t.chooseTypeHint}</p>
${error ? html`<p class="error" id="type-error">${error}</p>` : ''}
${reportTypes.map((type, i) => html`<div class="choice"><input type="radio" id="type-${i}" name="type" value="${type}" aria-describedby="type-${i}-hint"${flag('checked', type === chosen)}><label for="type-${i}">${t.types[type].label}</label><p class="hint" id="type-${i}-hint">${t.types[type].hint}</p></div>`)}
</fieldset>
<button type="submit" name="next" value="1">${t.continue}</button>
</form>`,
    { languageSwitch: formLanguageSwitch(page, 'type-form', { name: 'next', value: '1' }) },
  );
}

/** Where the error summary's link for a field goes: the first control of a group of radios. */
const radioGroups: ReadonlySet<string> = new Set([
  'now',
  'anonymous',
  'contact_choice',
  ...Object.values(questionFields),
]);

/** Asked when contact details were typed after choosing to stay anonymous. */
function contactQuestion(page: PageContext, state: FieldState): Html {
  const { t } = page;
  return radios(
    'contact_choice',
    {
      legend: t.contactChoiceLegend,
      options: [
        ['share', t.contactChoiceShare],
        ['drop', t.contactChoiceDrop],
      ],
    },
    state,
  );
}
const firstControl = (field: string) => (radioGroups.has(field) ? `${field}-0` : field);

export type ReportFormState = { type: ReportType; values: FormValues; errors: FormErrors; csrfToken: string };

export function reportFormPage(page: PageContext, form: ReportFormState): Html {
  const { t } = page;
  const state: FieldState = { values: form.values, errors: form.errors, optional: t.optional };
  const o = (label: string, extra: Record<string, unknown> = {}) => ({ label, optional: true, ...extra });
  // A teenager whose own picture is shared is the likeliest reporter of this type.
  const selfReport = form.type === 'non_consensual_intimate_images';
  const urls = textArea('urls', { ...o(t.urlsLabel), hint: t.urlsHint, rows: 4, maxlength: 45_000 }, state);
  const where = html`<fieldset class="section"><legend><h2>${t.sectionWhere}</h2></legend>
${selectField('place', { ...o(t.placeLabel), choose: t.placeChoose, options: incidentPlaces.map((p) => [p, t.places[p]] as const) }, state)}
${textField('platform', o(t.platformLabel), state)}
${textField('when', { ...o(t.whenLabel), hint: t.whenHint }, state)}
</fieldset>`;
  return layout(
    page,
    format(t.formTitle, { type: t.types[form.type].label }),
    html`
${errorSummary(t.errorSummaryTitle, form.errors, firstControl)}
${form.values.now === 'yes' ? happeningNowAlert(page) : ''}
<h1>${format(t.formTitle, { type: t.types[form.type].label })}</h1>
<p><a href="${href(page, '/report')}">${t.changeType}</a></p>
<p>${t.formIntro}</p>
${selfReport ? selfReportHelp(page) : ''}
<aside class="notice"><h2>${t.neverImagesTitle}</h2><p>${t.neverImagesBody}</p></aside>
<form method="post" action="${href(page, '/report', { type: form.type })}" id="report-form" autocomplete="off" novalidate>
<input type="hidden" name="csrf" value="${form.csrfToken}">
${happeningNowQuestion(page, state)}
${urlsFirst.has(form.type) ? html`${urls}${where}` : html`${where}${urls}`}
${textArea('description', { ...o(t.descriptionLabel), hint: t.descriptionHint, rows: 6 }, state)}
${typeQuestions(page, form.type, state)}
<fieldset class="section"><legend><h2>${t.sectionSuspect}</h2></legend>
${textField('suspect_names', o(t.suspectNamesLabel), state)}
${textField('suspect_usernames', { ...o(t.suspectUsernamesLabel), hint: t.suspectUsernamesHint, maxlength: 2000 }, state)}
${textField('suspect_platform', o(t.suspectPlatformLabel), state)}
${textField('suspect_age', o(t.suspectAgeLabel), state)}
${textField('suspect_location', o(t.suspectLocationLabel), state)}
</fieldset>
<fieldset class="section"><legend><h2>${t.sectionVictim}</h2></legend>
${textField('victim_age', o(t.victimAgeLabel), state)}
${textField('victim_location', o(t.victimLocationLabel), state)}
${checkbox('reporter_is_victim', selfReport ? t.selfLabel : t.reporterIsVictimLabel, state)}
</fieldset>
<fieldset class="section"><legend><h2>${t.sectionYou}</h2></legend>
${selectField('region', { ...o(textIn(page.site.regionLabel, page.lang)), choose: t.regionChoose, options: [...page.site.regions.map((r) => [r.code, textIn(r.name, page.lang)] as const), [outsideRegion, t.regionOutside] as const] }, state)}
${textField('country', o(t.countryLabel), state)}
${radios(
  'anonymous',
  {
    legend: t.anonymousLegend,
    hint: t.anonymousHint,
    options: [
      ['yes', t.anonymousYes],
      ['no', t.anonymousNo],
    ],
    fallback: 'yes',
  },
  state,
)}
${form.errors.has('contact_choice') ? contactQuestion(page, state) : ''}
${textField('contact_name', o(t.contactNameLabel), state)}
${textField('contact_email', { ...o(t.contactEmailLabel), type: 'email', maxlength: 254 }, state)}
${textField('contact_phone', { ...o(t.contactPhoneLabel), type: 'tel', maxlength: 40 }, state)}
</fieldset>
<div class="hp" aria-hidden="true"><label for="${honeypotField}">${t.honeypotLabel}</label><input id="${honeypotField}" name="${honeypotField}" type="text" tabindex="-1" autocomplete="off" value=""></div>
<button type="submit">${t.submit}</button>
</form>`,
    { languageSwitch: formLanguageSwitch(page, 'report-form') },
  );
}

export function followUpPage(
  page: PageContext,
  form: { values: FormValues; errors: FormErrors; csrfToken: string },
): Html {
  const { t } = page;
  const state: FieldState = { values: form.values, errors: form.errors, optional: t.optional };
  return layout(
    page,
    t.followUpTitle,
    html`
${errorSummary(t.errorSummaryTitle, form.errors, (field) => field)}
<h1>${t.followUpTitle}</h1>
<p>${t.followUpIntro}</p>
<form method="post" action="${href(page, '/report/follow-up')}" id="follow-up-form" autocomplete="off" novalidate>
<input type="hidden" name="csrf" value="${form.csrfToken}">
${textField('code', { label: t.followUpCodeLabel, hint: t.followUpCodeHint, autocomplete: 'off', maxlength: 64 }, state)}
${textArea('information', { label: t.followUpInfoLabel, rows: 6 }, state)}
${textArea('urls', { label: t.urlsLabel, hint: t.urlsHint, optional: true, rows: 3, maxlength: 45_000 }, state)}
<div class="hp" aria-hidden="true"><label for="${honeypotField}">${t.honeypotLabel}</label><input id="${honeypotField}" name="${honeypotField}" type="text" tabindex="-1" autocomplete="off" value=""></div>
<button type="submit">${t.followUpSubmit}</button>
</form>`,
    { languageSwitch: formLanguageSwitch(page, 'follow-up-form') },
  );
}
