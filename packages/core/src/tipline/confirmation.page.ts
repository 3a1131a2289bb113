import type { ReceiptContent } from '../intake/index.ts';
import { html, sentence, type Html } from './html.ts';
import { format } from './i18n.ts';
import { helpLines } from './home.page.ts';
import { href, layout, otherLanguage, phoneLink, withEmergency, type PageContext } from './layout.ts';

type ReportReceipt = Extract<ReceiptContent, { kind: 'report' }>;
type FollowUpReceipt = Extract<ReceiptContent, { kind: 'follow-up' }>;

/**
 * A number or code shown large, and read to a screen reader one character at a time by group
 * (an aria-label on a paragraph is ignored by most of them).
 */
function readAloud(id: string, value: string): Html {
  const spelled = value
    .split('-')
    .map((group) => group.split('').join(' '))
    .join(', ');
  return html`<p class="${id}"><span id="${id}" aria-hidden="true">${value}</span><span class="visually-hidden">${spelled}</span></p>`;
}

/** The confirmation's language switch: a link to the same confirmation under a new one-time id. */
function switchTo(page: PageContext, relayHref: string): Html {
  const other = otherLanguage(page);
  return html`<a href="${relayHref}" hreflang="${other}" lang="${other}">${page.t.switchLanguage}</a>`;
}

export function confirmationPage(page: PageContext, receipt: ReportReceipt, relayHref: string): Html {
  const { t } = page;
  return layout(
    page,
    t.confirmTitle,
    html`
${
  receipt.happeningNow
    ? html`<section class="danger" aria-labelledby="now-title">
<h2 id="now-title">${withEmergency(page, t.confirmNowTitle)}</h2>
<p>${t.confirmNowBody}</p>
</section>`
    : ''
}
<div class="confirmation" role="status">
<h1>${t.confirmTitle}</h1>
<h2>${t.confirmNumber}</h2>
${readAloud('report-number', receipt.reportNumber)}
<p class="hint">${t.confirmNumberHint}</p>
<h2>${t.confirmCode}</h2>
${readAloud('follow-up-code', receipt.followUpCode)}
<p class="hint">${sentence(t.confirmCodeHint, { link: html`<a href="${href(page, '/report/follow-up')}">${t.navFollowUp}</a>` })}</p>
<p>${t.confirmOnce}</p>
<p>${t.confirmNext}</p>
<p><a href="${href(page, '/report')}">${t.confirmAnother}</a></p>
</div>
${
  receipt.selfReport
    ? html`<section class="notice" aria-labelledby="self-title">
<h2 id="self-title">${t.confirmSelfTitle}</h2>
<p>${t.confirmSelfBody}</p>
${helpLines(page)}
</section>`
    : ''
}`,
    { languageSwitch: switchTo(page, relayHref) },
  );
}

export function followUpDonePage(page: PageContext, receipt: FollowUpReceipt, relayHref: string): Html {
  const { t } = page;
  return layout(
    page,
    t.followUpTitle,
    html`<div role="status"><h1>${t.followUpTitle}</h1><p class="done">${format(t.followUpDone, { number: receipt.reportNumber })}</p></div>`,
    { languageSwitch: switchTo(page, relayHref) },
  );
}

/** A confirmation already shown (reload, Back, a link kept) or never issued. */
export function receiptGonePage(page: PageContext): Html {
  const { t, site } = page;
  return layout(
    page,
    t.receiptGoneTitle,
    html`<h1>${t.receiptGoneTitle}</h1>
<p>${t.receiptGoneBody}</p>
${site.phone ? html`<p>${sentence(t.receiptGoneCall, { phone: phoneLink(site.phone) })}</p>` : ''}
<p><a href="${href(page, '/report/follow-up')}">${t.navFollowUp}</a></p>
<p><a href="${href(page, '/')}">${t.navHome}</a></p>`,
  );
}
