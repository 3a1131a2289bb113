import type { NoticeLanguage } from '@vigie/contract';
import { html, type Html } from '../tipline/index.ts';
import type { Notice, NoticeItem } from './notices.types.ts';

// The page a provider reaches through a notice's link: no sign-in, the link's token is the key
// (single-purpose: it answers this notice and shows nothing else). Server-rendered, no script.

const words = {
  en: {
    title: 'Removal notice',
    intro: 'This page answers notice {id}, sent by {org} about the addresses below.',
    urls: 'Addresses in the notice',
    acknowledge: 'Acknowledge the notice',
    acknowledgeHint: 'Tell us you received it and are acting on it.',
    contest: 'Contest the notice',
    contestHint:
      'The content is lawful, is not on your service, or the notice is wrong: say why. An analyst reviews it and reminders stop meanwhile.',
    reason: 'Why you contest it',
    send: 'Send',
    acknowledged: 'Thank you: the notice is acknowledged.',
    contested: 'Thank you: your contest is with our analysts, who will write to you.',
    already: 'This notice was already answered ({status}).',
    invalid: 'This link is not valid. Write to the address given in the notice instead.',
    reasonNeeded: 'Say why you contest the notice (at most 4,000 characters).',
    other: 'Français',
  },
  fr: {
    title: 'Avis de retrait',
    intro: 'Cette page répond à l’avis {id}, envoyé par {org} au sujet des adresses ci-dessous.',
    urls: 'Adresses de l’avis',
    acknowledge: 'Accuser réception de l’avis',
    acknowledgeHint: 'Dites-nous que vous l’avez reçu et que vous y donnez suite.',
    contest: 'Contester l’avis',
    contestHint:
      'Le contenu est licite, n’est pas sur votre service, ou l’avis est erroné : dites pourquoi. Un analyste l’examine et les rappels cessent entre-temps.',
    reason: 'Pourquoi vous le contestez',
    send: 'Envoyer',
    acknowledged: 'Merci : la réception de l’avis est confirmée.',
    contested: 'Merci : votre contestation est transmise à nos analystes, qui vous écriront.',
    already: 'Cet avis a déjà reçu une réponse ({status}).',
    invalid: 'Ce lien n’est pas valide. Écrivez plutôt à l’adresse indiquée dans l’avis.',
    reasonNeeded: 'Dites pourquoi vous contestez l’avis (au plus 4 000 caractères).',
    other: 'English',
  },
} as const;

export type ResponseWords = (typeof words)[NoticeLanguage];
export const responseWords = (lang: NoticeLanguage): ResponseWords => words[lang];

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);

function page(lang: NoticeLanguage, path: string, body: Html): Html {
  const t = words[lang];
  const other = lang === 'fr' ? 'en' : 'fr';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${t.title}</title>
<link rel="stylesheet" href="/tipline.css">
</head>
<body>
<header class="site"><div class="lang-switch"><a href="${`${path}?lang=${other}`}" hreflang="${other}" lang="${other}">${t.other}</a></div></header>
<main id="main">
${body}
</main>
</body>
</html>`;
}

export function responsePage(
  lang: NoticeLanguage,
  path: string,
  notice: Notice,
  items: readonly NoticeItem[],
  organisation: string,
  outcome?: 'acknowledged' | 'contested' | 'already' | 'reasonNeeded',
): Html {
  const t = words[lang];
  const answered = (notice.status === 'acknowledged' || notice.status === 'contested') && outcome !== 'reasonNeeded';
  const message =
    outcome === 'already' || (!outcome && notice.status === 'contested')
      ? fill(t.already, { status: notice.status })
      : outcome
        ? t[outcome]
        : undefined;
  const forms = html`<section><h2>${t.acknowledge}</h2><p>${t.acknowledgeHint}</p>
<form method="post" action="${path}"><input type="hidden" name="lang" value="${lang}"><input type="hidden" name="action" value="acknowledge"><button type="submit">${t.acknowledge}</button></form></section>
<section><h2>${t.contest}</h2><p>${t.contestHint}</p>
<form method="post" action="${path}"><input type="hidden" name="lang" value="${lang}"><input type="hidden" name="action" value="contest">
<label for="reason">${t.reason}</label><textarea id="reason" name="reason" required maxlength="4000" rows="6"></textarea>
<button type="submit">${t.send}</button></form></section>`;
  return page(
    lang,
    path,
    html`<h1>${t.title} ${notice.id}</h1>
${message ? html`<p class="notice" role="status">${message}</p>` : ''}
<p>${fill(t.intro, { id: notice.id, org: organisation })}</p>
<h2>${t.urls}</h2>
<ul>${items.map((item) => html`<li><code>${item.url}</code></li>`)}</ul>
${notice.status === 'contested' ? '' : answered && outcome ? '' : forms}`,
  );
}

export function invalidLinkPage(lang: NoticeLanguage, path: string): Html {
  return page(lang, path, html`<h1>${words[lang].title}</h1><p>${words[lang].invalid}</p>`);
}
