import { html, type Html } from './html.ts';
import type { Messages } from './messages.en.ts';

export type PageContext = { t: Messages; lang: string; path: string };

/** A link to a public page that keeps the chosen language. */
export function href(page: PageContext, path: string, query: Record<string, string> = {}): string {
  return `${path}?${new URLSearchParams({ ...query, lang: page.lang }).toString()}`;
}

export function layout(page: PageContext, title: string, body: Html): Html {
  const { t } = page;
  const other = page.lang === 'fr' ? 'en' : 'fr';
  const nav: Array<[string, string]> = [
    ['/', t.navHome],
    ['/report', t.navReport],
    ['/alerts', t.navAlerts],
    ['/report/follow-up', t.navFollowUp],
  ];
  return html`<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title} | ${t.siteName}</title>
<link rel="stylesheet" href="/tipline.css">
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="site">
<p class="site-name"><a href="${href(page, '/')}">${t.siteName}</a></p>
<nav aria-label="${t.siteName}"><ul>${nav.map(([path, label]) => html`<li><a href="${href(page, path)}"${page.path === path ? html` aria-current="page"` : ''}>${label}</a></li>`)}</ul></nav>
<p class="lang-switch"><a href="${`${page.path}?lang=${other}`}" hreflang="${other}" lang="${other}">${t.switchLanguage}</a></p>
</header>
<main id="main" tabindex="-1">
${body}
</main>
<footer class="site"><p>${t.footer}</p></footer>
</body>
</html>
`;
}
