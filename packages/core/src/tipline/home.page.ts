import { reportTypes } from '@vigie/contract';
import { html, sentence, type Html } from './html.ts';
import { href, layout, phoneLink, withEmergency, type PageContext } from './layout.ts';
import { dialHref, textIn } from './site.ts';

export function homePage(page: PageContext): Html {
  const { t } = page;
  return layout(
    page,
    t.homeTitle,
    html`
<h1>${t.homeTitle}</h1>
<section class="danger" aria-labelledby="danger-title">
<h2 id="danger-title">${t.dangerTitle}</h2>
<p>${withEmergency(page, t.dangerBody)}</p>
</section>
<p class="lead">${t.homeIntro}</p>
<p><a class="button" href="${href(page, '/report')}">${t.startReport}</a></p>
<section aria-labelledby="never-title" class="notice">
<h2 id="never-title">${t.neverImagesTitle}</h2>
<p>${t.neverImagesBody}</p>
</section>
<h2>${t.whatTitle}</h2>
<dl class="types">${reportTypes.map((type) => html`<dt>${t.types[type].label}</dt><dd>${t.types[type].hint}</dd>`)}</dl>
<h2>${t.nextTitle}</h2>
<ol>${t.nextSteps.map((step) => html`<li>${step}</li>`)}</ol>
<h2>${t.helpTitle}</h2>
${helpLines(page)}
`,
  );
}

export function alertsPage(
  page: PageContext,
  alerts: Array<{ title: string; body: string; publishedAt: string }>,
): Html {
  const { t } = page;
  const date = new Intl.DateTimeFormat(page.lang === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long' });
  return layout(
    page,
    t.alertsTitle,
    html`
<h1>${t.alertsTitle}</h1>
<p>${t.alertsIntro}</p>
${
  alerts.length === 0
    ? html`<p>${t.alertsNone}</p>`
    : alerts.map(
        (a) => html`<article class="alert">
<h2>${a.title}</h2>
<p class="meta"><time datetime="${a.publishedAt}">${t.publishedOn.replace('{date}', date.format(new Date(a.publishedAt)))}</time></p>
${a.body.split(/\n{2,}/).map((p) => html`<p>${p}</p>`)}
</article>`,
      )
}
`,
  );
}

export function forbiddenPage(page: PageContext): Html {
  return layout(
    page,
    page.t.forbiddenTitle,
    html`<h1>${page.t.forbiddenTitle}</h1><p>${page.t.forbiddenBody}</p><p><a href="${href(page, '/report')}">${page.t.navReport}</a></p>`,
  );
}

/** What a person sees when a request failed: what happened to their report, what to do now. */
export function errorPage(page: PageContext, status: number): Html {
  const { t } = page;
  const body = status >= 500 ? t.errorServerBody : status === 413 ? t.errorTooLargeBody : t.errorRequestBody;
  return layout(
    page,
    t.errorTitle,
    html`<h1>${t.errorTitle}</h1><p>${body}</p><p>${withEmergency(page, t.dangerBody)}</p><p><a href="${href(page, '/report')}">${t.navReport}</a></p>`,
  );
}

/** The installation's help lines: each a link, a number to call and one to text where it has them. */
export function helpLines(page: PageContext): Html {
  const { t, lang } = page;
  return html`<ul class="help">${page.site.helpLines.map((line) => {
    const label = textIn(line.label, lang);
    const ways = [
      line.phone ? sentence(t.helpCall, { number: phoneLink(line.phone) }) : undefined,
      line.sms
        ? html`<a class="tel" href="${dialHref('sms', line.sms)}">${line.smsKeyword ? sentence(t.helpText, { keyword: textIn(line.smsKeyword, lang), number: line.sms }) : sentence(t.helpTextNumber, { number: line.sms })}</a>`
        : undefined,
    ].filter((way) => way !== undefined);
    const name = line.url ? html`<a href="${textIn(line.url, lang)}" rel="noopener noreferrer">${label}</a>` : label;
    return html`<li>${name}${ways.length > 0 ? html`: ${ways.map((way, i) => html`${i > 0 ? ', ' : ''}${way}`)}` : ''}</li>`;
  })}</ul>`;
}
