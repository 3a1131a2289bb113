import type { Config, HelpLine, LocalText, Region } from '../platform/config.ts';

/** The installation as the public site shows it: its settings, resolved per language by the pages. */
export type Site = Readonly<{
  name: LocalText | undefined;
  phone: string | undefined;
  privacyUrl: string | undefined;
  emergencyNumber: string;
  regionLabel: LocalText;
  regions: readonly Region[];
  helpLines: readonly HelpLine[];
  exitUrl: string;
  retentionDays: number;
  keepsAddress: boolean;
  /** The installation publishes figures on /statistics (the footer links to it). */
  publishesStatistics: boolean;
}>;

export function siteOf(config: Config): Site {
  return Object.freeze({
    name: config.tiplineName,
    phone: config.tiplinePhone,
    privacyUrl: config.tiplinePrivacyUrl,
    emergencyNumber: config.tiplineEmergencyNumber,
    regionLabel: config.tiplineRegionLabel,
    regions: config.tiplineRegions,
    helpLines: config.tiplineHelpLines,
    exitUrl: config.tiplineExitUrl,
    retentionDays: config.intakeRetentionDays,
    keepsAddress: config.intakeStoreAddress,
    publishesStatistics: config.statistics.publicFigures.length > 0,
  });
}

/** The text in `lang`, else English, else the first one given. */
export function textIn(text: LocalText, lang: string): string {
  if (typeof text === 'string') return text;
  return (Object.hasOwn(text, lang) ? text[lang] : (text.en ?? Object.values(text)[0])) ?? '';
}

/** A tel: or sms: address: digits and a leading + only. */
export function dialHref(scheme: 'tel' | 'sms', number: string): string {
  return `${scheme}:${number.replace(/[^\d+]/g, '')}`;
}
