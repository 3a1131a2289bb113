import type { NoticeLanguage } from '@vigie/contract';
import { html, type Html } from '../tipline/index.ts';

// The public appeal form for site owners (linked from the stop page): server-rendered, no script,
// protected like the tipline's forms (a signed, time-limited token and the Sec-Fetch-Site check).
// It never says whether an address is on the list.

const words = {
  en: {
    title: 'Appeal a block',
    intro:
      'Internet providers block addresses on this hotline’s list. If you run a site and believe one of its addresses is blocked in error, tell us: an analyst reviews every appeal and writes back.',
    address: 'The blocked address (URL or domain name)',
    contact: 'Your e-mail address',
    reason: 'Why the block is wrong (for example: the content was removed on a date, the site changed hands)',
    send: 'Send the appeal',
    received: 'Thank you: your appeal is with our analysts, who will write to you. Its reference is {id}.',
    invalid: 'Give the address, an e-mail address and the reason (at most 4,000 characters).',
    expired: 'This form has expired. Please send it again.',
    limited: 'Too many appeals were sent from here; try again in an hour.',
    forbidden: 'This form can only be sent from this site.',
    other: 'Français',
  },
  fr: {
    title: 'Contester un blocage',
    intro:
      'Des fournisseurs d’accès bloquent les adresses de la liste de cette ligne de signalement. Si vous exploitez un site et pensez qu’une de ses adresses est bloquée par erreur, dites-le-nous : un analyste examine chaque contestation et vous répond.',
    address: 'L’adresse bloquée (URL ou nom de domaine)',
    contact: 'Votre adresse courriel',
    reason:
      'Pourquoi le blocage est erroné (par exemple : le contenu a été retiré à telle date, le site a changé de main)',
    send: 'Envoyer la contestation',
    received: 'Merci : votre contestation est transmise à nos analystes, qui vous écriront. Sa référence est {id}.',
    invalid: 'Indiquez l’adresse, une adresse courriel et la raison (au plus 4 000 caractères).',
    expired: 'Ce formulaire a expiré. Veuillez l’envoyer de nouveau.',
    limited: 'Trop de contestations ont été envoyées d’ici ; réessayez dans une heure.',
    forbidden: 'Ce formulaire ne peut être envoyé que depuis ce site.',
    other: 'English',
  },
} as const;

export type AppealMessage = 'received' | 'invalid' | 'expired' | 'limited' | 'forbidden';
export type AppealValues = Readonly<{ address?: string; contact?: string; reason?: string }>;

export function appealPage(
  lang: NoticeLanguage,
  form: { csrf: string; values?: AppealValues; message?: AppealMessage; reference?: string },
): Html {
  const t = words[lang];
  const other = lang === 'fr' ? 'en' : 'fr';
  const values = form.values ?? {};
  const message = form.message ? t[form.message].replace('{id}', form.reference ?? '') : undefined;
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
<header class="site"><div class="lang-switch"><a href="${`/blocklist/appeal?lang=${other}`}" hreflang="${other}" lang="${other}">${t.other}</a></div></header>
<main id="main">
<h1>${t.title}</h1>
${message ? html`<p class="notice" role="${form.message === 'received' ? 'status' : 'alert'}">${message}</p>` : ''}
<p>${t.intro}</p>
${
  form.message === 'received'
    ? ''
    : html`<form method="post" action="/blocklist/appeal">
<input type="hidden" name="lang" value="${lang}"><input type="hidden" name="csrf" value="${form.csrf}">
<label for="address">${t.address}</label><input id="address" name="address" required maxlength="2048" value="${values.address ?? ''}">
<label for="contact">${t.contact}</label><input id="contact" name="contact" type="email" required maxlength="320" value="${values.contact ?? ''}">
<label for="reason">${t.reason}</label><textarea id="reason" name="reason" required maxlength="4000" rows="6">${values.reason ?? ''}</textarea>
<button type="submit">${t.send}</button>
</form>`
}
</main>
</body>
</html>`;
}
