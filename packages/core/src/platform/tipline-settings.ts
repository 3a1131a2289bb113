// The public site's installation settings (VIGIE_TIPLINE_*), and the checks that installation
// settings changed at run time (packages/core/src/settings) use too.

type Env = Readonly<Record<string, string | undefined>>;

/** Text an installation sets once for every language, or per language (`{"en": "...", "fr": "..."}`). */
export type LocalText = string | Readonly<Record<string, string>>;
export type HelpLine = Readonly<{
  label: LocalText;
  phone?: string;
  sms?: string;
  smsKeyword?: LocalText;
  url?: LocalText;
}>;
export type Region = Readonly<{ code: string; name: LocalText }>;

// The public site's installation: who runs it, how to reach them, which regions it serves. The
// defaults are Canada's; another country's hotline sets its own.
export const canadianRegions: Region[] = [
  { code: 'AB', name: 'Alberta' },
  { code: 'BC', name: { en: 'British Columbia', fr: 'Colombie-Britannique' } },
  { code: 'MB', name: 'Manitoba' },
  { code: 'NB', name: { en: 'New Brunswick', fr: 'Nouveau-Brunswick' } },
  { code: 'NL', name: { en: 'Newfoundland and Labrador', fr: 'Terre-Neuve-et-Labrador' } },
  { code: 'NS', name: { en: 'Nova Scotia', fr: 'Nouvelle-\u00c9cosse' } },
  { code: 'NT', name: { en: 'Northwest Territories', fr: 'Territoires du Nord-Ouest' } },
  { code: 'NU', name: 'Nunavut' },
  { code: 'ON', name: 'Ontario' },
  { code: 'PE', name: { en: 'Prince Edward Island', fr: '\u00cele-du-Prince-\u00c9douard' } },
  { code: 'QC', name: { en: 'Quebec', fr: 'Qu\u00e9bec' } },
  { code: 'SK', name: 'Saskatchewan' },
  { code: 'YT', name: 'Yukon' },
];
export const canadianHelpLines: HelpLine[] = [
  {
    label: { en: 'Kids Help Phone, day and night', fr: 'Jeunesse, J\u2019\u00e9coute, jour et nuit' },
    phone: '1-800-668-6868',
    sms: '686868',
    smsKeyword: { en: 'CONNECT', fr: 'PARLER' },
    url: { en: 'https://kidshelpphone.ca/', fr: 'https://jeunessejecoute.ca/' },
  },
  {
    label: {
      en: 'NeedHelpNow.ca: for teens when a picture or video of them is shared',
      fr: 'AidezMoiSVP.ca\u00a0: pour les ados quand une photo ou une vid\u00e9o d\u2019eux circule',
    },
    url: { en: 'https://needhelpnow.ca/', fr: 'https://aidezmoisvp.ca/' },
  },
];

export const phonePattern = /^\+?[\d\s().-]{2,30}$/;
export const isWebUrl = (value: unknown): value is string => {
  try {
    return typeof value === 'string' && /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
};
export const isLocalText = (value: unknown): value is LocalText =>
  (typeof value === 'string' && value.trim() !== '') ||
  (value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).length > 0 &&
    Object.entries(value).every(
      ([lang, text]) => /^[a-z]{2,3}$/.test(lang) && typeof text === 'string' && text !== '',
    ));

export const isRegions = (value: unknown): value is Region[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every(
    (r) =>
      typeof r?.code === 'string' && /^[A-Za-z0-9-]{1,16}$/.test(r.code) && r.code !== 'outside' && isLocalText(r.name),
  ) &&
  new Set(value.map((r) => r.code)).size === value.length;
export const isHelpLines = (value: unknown): value is HelpLine[] =>
  Array.isArray(value) &&
  value.every(
    (h) =>
      isLocalText(h?.label) &&
      (h.phone === undefined || (typeof h.phone === 'string' && phonePattern.test(h.phone))) &&
      (h.sms === undefined || (typeof h.sms === 'string' && phonePattern.test(h.sms))) &&
      (h.smsKeyword === undefined || isLocalText(h.smsKeyword)) &&
      (h.url === undefined ||
        (isLocalText(h.url) && (typeof h.url === 'string' ? [h.url] : Object.values(h.url)).every(isWebUrl))),
  );

export type TiplineSettings = Readonly<{
  tiplineName: LocalText | undefined;
  tiplinePhone: string | undefined;
  tiplinePrivacyUrl: string | undefined;
  tiplineEmergencyNumber: string;
  tiplineRegionLabel: LocalText;
  tiplineRegions: readonly Region[];
  tiplineHelpLines: readonly HelpLine[];
  tiplineExitUrl: string;
}>;

export function parseTiplineSettings(env: Env, problems: string[]): TiplineSettings {
  // Structured settings are JSON; a text setting is either plain text or JSON per language.
  const json = <T>(name: string, fallback: T, valid: (value: unknown) => value is T, expected: string): T => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return fallback;
    let value: unknown = raw;
    if (/^\s*[[{]/.test(raw))
      try {
        value = JSON.parse(raw);
      } catch {
        value = undefined;
      }
    if (valid(value)) return value;
    problems.push(`${name}: expected ${expected}`);
    return fallback;
  };
  const localText = (name: string, fallback: LocalText | undefined) =>
    json<LocalText | undefined>(name, fallback, isLocalText, 'text, or JSON like {"en": "...", "fr": "..."}');
  const phone = (name: string, fallback: string | undefined) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!phonePattern.test(raw)) problems.push(`${name}: expected a phone number (digits, spaces, + - . ( ))`);
    return raw;
  };
  const url = (name: string, fallback: string | undefined) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    if (!isWebUrl(raw)) problems.push(`${name}: expected an absolute http(s) URL`);
    return raw;
  };
  return {
    tiplineName: localText('VIGIE_TIPLINE_NAME', undefined),
    tiplinePhone: phone('VIGIE_TIPLINE_PHONE', undefined),
    tiplinePrivacyUrl: url('VIGIE_TIPLINE_PRIVACY_URL', undefined),
    tiplineEmergencyNumber: phone('VIGIE_TIPLINE_EMERGENCY_NUMBER', '911') ?? '911',
    tiplineRegionLabel:
      localText('VIGIE_TIPLINE_REGION_LABEL', {
        en: 'Your province or territory',
        fr: 'Votre province ou territoire',
      }) ?? 'Region',
    tiplineRegions: json(
      'VIGIE_TIPLINE_REGIONS',
      canadianRegions,
      isRegions,
      'a JSON list of {"code": "ON", "name": "Ontario"} (name may be {"en": ..., "fr": ...}), codes unique',
    ),
    tiplineHelpLines: json(
      'VIGIE_TIPLINE_HELP_LINES',
      canadianHelpLines,
      isHelpLines,
      'a JSON list of {"label", "phone"?, "sms"?, "smsKeyword"?, "url"?}',
    ),
    tiplineExitUrl: url('VIGIE_TIPLINE_EXIT_URL', 'https://weather.gc.ca/') ?? 'https://weather.gc.ca/',
  };
}
