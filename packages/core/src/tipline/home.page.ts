import { reportTypes } from '@vigie/contract';
import { html, type Html } from './html.ts';
import { href, layout, type PageContext } from './layout.ts';

export function homePage(page: PageContext): Html {
  const { t } = page;
  return layout(
    page,
    t.homeTitle,
    html`
<h1>${t.homeTitle}</h1>
<section class="danger" aria-labelledby="danger-title">
<h2 id="danger-title">${t.dangerTitle}</h2>
<p>${t.dangerBody}</p>
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
<ul>${t.helpLinks.map((link) => html`<li><a href="${link.href}" rel="noopener noreferrer">${link.label}</a></li>`)}</ul>
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
    html`<h1>${t.errorTitle}</h1><p>${body}</p><p>${t.dangerBody}</p><p><a href="${href(page, '/report')}">${t.navReport}</a></p>`,
  );
}
