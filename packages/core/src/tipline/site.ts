import type { TiplineSettings } from '@vigie/contract';
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

/** `changed`: the installation settings as they are now (the environment's values with changes made at run time). */
export function siteOf(config: Config, changed?: TiplineSettings): Site {
  return Object.freeze({
    name: changed ? (changed.name ?? undefined) : config.tiplineName,
    phone: changed ? (changed.phone ?? undefined) : config.tiplinePhone,
    privacyUrl: changed ? (changed.privacyUrl ?? undefined) : config.tiplinePrivacyUrl,
    emergencyNumber: changed?.emergencyNumber ?? config.tiplineEmergencyNumber,
    regionLabel: changed?.regionLabel ?? config.tiplineRegionLabel,
    regions: changed?.regions ?? config.tiplineRegions,
    helpLines: changed?.helpLines ?? config.tiplineHelpLines,
    exitUrl: changed?.exitUrl ?? config.tiplineExitUrl,
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
