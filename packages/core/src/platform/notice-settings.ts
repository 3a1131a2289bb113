// The notices' settings (VIGIE_NOTICE_*): who sends them, on which legal basis, and where the
// operator's own templates are. Parsed with the rest of the configuration by config.ts.

type Env = Readonly<Record<string, string | undefined>>;

/** Text set once for every language, or per language (`{"en": "...", "fr": "..."}`). */
export type NoticeText = string | Readonly<Record<string, string>>;

export type NoticeSettings = Readonly<{
  /** The hotline's name as recipients see it. */
  organisation: NoticeText;
  /** Its domain (X-ARF's reporter.domain and the Message-ID's right-hand side). */
  domain: string;
  /** Where providers write back (X-ARF's reporter.contact). */
  contact: string;
  postalAddress: NoticeText | undefined;
  phone: string | undefined;
  legalBasis: NoticeText;
  /** Recipient countries (ISO 3166 alpha-2) whose law asks providers to preserve what they remove. */
  preserveCountries: readonly string[];
  /** A directory of the operator's templates; a file there replaces the built-in one of that name. */
  templatesDir: string | undefined;
  /** Minutes a recipient's batch stays open when its directory entry does not say; 0: at once. */
  defaultBatchMinutes: number;
}>;

const defaultLegalBasis = {
  en: 'This notice is sent by a child-protection hotline. Making child sexual abuse material available is a criminal offence (in Canada: Criminal Code, s. 163.1); a provider that is told its service is used for it is expected to remove it promptly.',
  fr: 'Cet avis est envoyé par une ligne de signalement pour la protection des enfants. Rendre accessible du matériel d’abus pédosexuel est une infraction criminelle (au Canada : Code criminel, art. 163.1) ; un fournisseur informé que son service y sert doit le retirer sans délai.',
};

export function parseNoticeSettings(env: Env, problems: string[]): NoticeSettings {
  const localText = (name: string, fallback: NoticeText | undefined): NoticeText | undefined => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    if (!/^\s*\{/.test(raw)) return raw;
    try {
      const value: unknown = JSON.parse(raw);
      if (
        value !== null &&
        typeof value === 'object' &&
        Object.entries(value).length > 0 &&
        Object.entries(value).every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string' && v !== '')
      )
        return value as Record<string, string>;
    } catch {
      // reported below
    }
    problems.push(`${name}: expected text, or JSON like {"en": "...", "fr": "..."}`);
    return fallback;
  };
  const domain = env.VIGIE_NOTICE_DOMAIN?.trim() || 'hotline.invalid';
  if (!/^([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/.test(domain))
    problems.push('VIGIE_NOTICE_DOMAIN: expected a domain name in lower case, e.g. hotline.example');
  const contact = env.VIGIE_NOTICE_CONTACT?.trim() || `abuse-notices@${domain}`;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(contact)) problems.push('VIGIE_NOTICE_CONTACT: expected an e-mail address');
  const countries = (env.VIGIE_NOTICE_PRESERVE_COUNTRIES ?? 'CA,US')
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  if (!countries.every((c) => /^[A-Z]{2}$/.test(c)))
    problems.push('VIGIE_NOTICE_PRESERVE_COUNTRIES: expected ISO country codes, e.g. CA,US');
  const minutesRaw = env.VIGIE_NOTICE_BATCH_MINUTES;
  let defaultBatchMinutes = 0;
  if (minutesRaw !== undefined && minutesRaw !== '') {
    const value = Number(minutesRaw);
    if (Number.isInteger(value) && value >= 0 && value <= 7 * 24 * 60) defaultBatchMinutes = value;
    else problems.push('VIGIE_NOTICE_BATCH_MINUTES: expected a whole number from 0 to 10080');
  }
  return Object.freeze({
    organisation: localText('VIGIE_NOTICE_ORGANISATION', 'Vigie hotline') ?? 'Vigie hotline',
    domain,
    contact,
    postalAddress: localText('VIGIE_NOTICE_POSTAL_ADDRESS', undefined),
    phone: env.VIGIE_NOTICE_PHONE?.trim() || undefined,
    legalBasis: localText('VIGIE_NOTICE_LEGAL_BASIS', defaultLegalBasis) ?? defaultLegalBasis,
    preserveCountries: Object.freeze(countries),
    templatesDir: env.VIGIE_NOTICE_TEMPLATES_DIR?.trim() || undefined,
    defaultBatchMinutes,
  });
}
