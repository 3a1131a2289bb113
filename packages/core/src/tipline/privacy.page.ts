import { html, type Html } from './html.ts';
import { format } from './i18n.ts';
import { layout, type PageContext } from './layout.ts';

/** The built-in privacy notice, written from the settings that decide what is kept. */
export function privacyPage(page: PageContext): Html {
  const { t, site } = page;
  const items = [
    t.privacyAnonymous,
    site.retentionDays > 0 ? format(t.privacyContact, { days: site.retentionDays }) : t.privacyContactKept,
    site.keepsAddress ? t.privacyAddressKept : t.privacyAddressNotKept,
    t.privacyNoTracking,
    t.privacyReport,
    t.privacyCode,
  ];
  return layout(
    page,
    t.privacyTitle,
    html`<h1>${t.privacyTitle}</h1><ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`,
  );
}
