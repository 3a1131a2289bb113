import type { ReportType } from '@vigie/contract';
import { radios, textField, type FieldState } from './fields.ts';
import { flag, html, type Html } from './html.ts';
import { helpLines } from './home.page.ts';
import { withEmergency, type PageContext } from './layout.ts';

// The questions a hotline's analysts ask first, by type: a planned meeting (harm is close),
// images asked for or exchanged, threats and demands (sextortion). Each is yes / no / don't know.
type Question = 'meeting' | 'images' | 'threats' | 'money';
const asked: Record<ReportType, readonly Question[]> = {
  child_sexual_abuse_material: [],
  luring: ['meeting', 'images', 'threats', 'money'],
  sex_tourism: ['meeting'],
  child_prostitution: ['meeting', 'threats'],
  child_trafficking: ['meeting', 'threats'],
  sexually_explicit_material_to_child: ['images', 'meeting'],
  agreement_to_offend: ['meeting'],
  non_consensual_intimate_images: ['threats', 'money'],
  other: ['meeting', 'images', 'threats', 'money'],
};

/** Form field of each question (the answers map onto `incident` in report-form.ts). */
export const questionFields = {
  meeting: 'meeting_planned',
  images: 'images',
  threats: 'threats',
  money: 'money',
} as const;

const yesNo = (page: PageContext) =>
  [
    ['yes', page.t.yes],
    ['no', page.t.no],
    ['unknown', page.t.dontKnow],
  ] as const;

/**
 * "Is it happening now?", first on every form. Choosing Yes shows, at once and without
 * JavaScript (a CSS sibling rule), the instruction to call the emergency number; a screen reader
 * hears it as the Yes choice's description.
 */
export function happeningNowQuestion(page: PageContext, state: FieldState): Html {
  const { t } = page;
  const current = state.values.now ?? 'unknown';
  return html`<fieldset class="field now" aria-describedby="now-hint">
<legend><h2>${t.nowLegend}</h2></legend>
<p class="hint" id="now-hint">${withEmergency(page, t.nowHint)}</p>
${yesNo(page).map(
  ([value, label], i) =>
    html`<div class="choice"><input type="radio" id="now-${i}" name="now" value="${value}"${flag('checked', current === value)}${value === 'yes' ? html` aria-describedby="now-yes-notice"` : ''}><label for="now-${i}">${label}</label>${value === 'yes' ? html`<p class="now-notice" id="now-yes-notice">${withEmergency(page, t.nowYesNotice)}</p>` : ''}</div>`,
)}
</fieldset>`;
}

/** At the top of a form shown again (errors, language switch) after Yes was chosen. */
export function happeningNowAlert(page: PageContext): Html {
  const { t } = page;
  return html`<section class="danger" aria-labelledby="now-alert-title">
<h2 id="now-alert-title">${withEmergency(page, t.nowAlertTitle)}</h2>
<p>${t.nowAlertBody}</p>
</section>`;
}

export function typeQuestions(page: PageContext, type: ReportType, state: FieldState): Html {
  const { t } = page;
  const questions = asked[type];
  if (questions.length === 0) return html``;
  const options = yesNo(page);
  const one = (q: Question): Html => {
    switch (q) {
      case 'meeting':
        return html`${radios(questionFields.meeting, { legend: t.meetingLegend, hint: t.meetingHint, options, fallback: 'unknown' }, state)}
${textField('meeting', { label: t.meetingLabel, optional: true }, state)}`;
      case 'images':
        return radios(
          questionFields.images,
          { legend: t.imagesLegend, hint: t.imagesHint, options, fallback: 'unknown' },
          state,
        );
      case 'threats':
        return radios(questionFields.threats, { legend: t.threatsLegend, options, fallback: 'unknown' }, state);
      case 'money':
        return radios(questionFields.money, { legend: t.moneyLegend, options, fallback: 'unknown' }, state);
    }
  };
  return html`<fieldset class="section"><legend><h2>${t.sectionDetails}</h2></legend>
${questions.map(one)}
</fieldset>`;
}

/** For a teenager whose own picture is being shared: not in trouble, what to do, who to talk to. */
export function selfReportHelp(page: PageContext): Html {
  const { t } = page;
  return html`<section class="notice self" aria-labelledby="self-title">
<h2 id="self-title">${t.selfTitle}</h2>
${t.selfBody.map((p) => html`<p>${p}</p>`)}
<p>${t.selfHelp}</p>
${helpLines(page)}
</section>`;
}
