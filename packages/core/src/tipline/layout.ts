import { html, sentence, type Html } from './html.ts';
import type { Messages } from './messages.en.ts';
import { dialHref, textIn, type Site } from './site.ts';
import { statisticsTitle } from './statistics.messages.ts';

export type PageContext = Readonly<{ t: Messages; lang: string; path: string; site: Site }>;

/** A link to a public page that keeps the chosen language. */
export function href(page: PageContext, path: string, query: Record<string, string> = {}): string {
  return `${path}?${new URLSearchParams({ ...query, lang: page.lang }).toString()}`;
}

export const otherLanguage = (page: PageContext): string => (page.lang === 'fr' ? 'en' : 'fr');

/** A phone number as a link that dials it. */
export function phoneLink(number: string, className = 'tel'): Html {
  return html`<a class="${className}" href="${dialHref('tel', number)}">${number}</a>`;
}

/** The emergency number, dialable, in a catalogue sentence that names it as {emergency}. */
export function withEmergency(page: PageContext, template: string): Html {
  return sentence(template, { emergency: phoneLink(page.site.emergencyNumber) });
}

export const siteName = (page: PageContext): string =>
  page.site.name === undefined ? page.t.siteName : textIn(page.site.name, page.lang);

/**
 * A form page's language switch: a button that sends the form to be shown again in the other
 * language, so nothing typed is lost (and nothing is filed). Enter in a field clicks the form's
 * first submit button in document order, which this header button would be: a hidden copy of
 * the form's own button comes first.
 */
export function formLanguageSwitch(page: PageContext, formId: string, primary?: { name: string; value: string }): Html {
  const other = otherLanguage(page);
  const named = primary ? html` name="${primary.name}" value="${primary.value}"` : '';
  return html`<button type="submit" form="${formId}" hidden tabindex="-1"${named}></button><button type="submit" form="${formId}" name="switch" value="${other}" lang="${other}" class="link-button">${page.t.switchLanguage}</button>`;
}

export type LayoutOptions = {
  /** Replaces the header's language link (a form page submits its answers instead). */
  languageSwitch?: Html;
};

export function layout(page: PageContext, title: string, body: Html, options: LayoutOptions = {}): Html {
  const { t, site } = page;
  const other = otherLanguage(page);
  const nav: Array<[string, string]> = [
    ['/', t.navHome],
    ['/report', t.navReport],
    ['/alerts', t.navAlerts],
    ['/report/follow-up', t.navFollowUp],
  ];
  const languageSwitch =
    options.languageSwitch ??
    html`<a href="${`${page.path}?lang=${other}`}" hreflang="${other}" lang="${other}">${t.switchLanguage}</a>`;
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} | ${siteName(page)}</title>
<link rel="stylesheet" href="/tipline.css">
<script src="/tipline.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<a class="quick-exit" id="quick-exit" href="${site.exitUrl}" rel="noreferrer">${t.quickExit}<span class="visually-hidden"> ${t.quickExitHint}</span></a>
<header class="site">
<p class="site-name"><a href="${href(page, '/')}">${siteName(page)}</a></p>
<nav aria-label="${siteName(page)}"><ul>${nav.map(([path, label]) => html`<li><a href="${href(page, path)}"${page.path === path ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
<div class="lang-switch">${languageSwitch}</div>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site">
<p>${t.footer}</p>
<p><a href="${site.privacyUrl ?? href(page, '/privacy')}">${t.footerPrivacy}</a></p>
${site.phone ? html`<p>${sentence(t.footerCall, { phone: phoneLink(site.phone) })}</p>` : ''}
${site.publishesStatistics ? html`<p><a href="${href(page, '/statistics')}">${statisticsTitle(page.lang)}</a></p>` : ''}
</footer>
</body>
</html>
`;
}
