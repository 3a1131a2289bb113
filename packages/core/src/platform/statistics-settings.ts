// The statistics' settings (VIGIE_STATISTICS_*), parsed with the rest of the configuration by config.ts.
import { statisticsFigures, type StatisticsFigure } from '@vigie/contract';
import { envReaders } from './env-readers.ts';

type Env = Readonly<Record<string, string | undefined>>;

export type StatisticsSettings = Readonly<{
  /** The figures the tipline's /statistics page shows (none: no page). */
  publicFigures: readonly StatisticsFigure[];
  /** The IANA time zone whose calendar days the figures count in. */
  timeZone: string;
  /** Days before the last rolled-up one that every roll-up counts again (late events). */
  recomputeDays: number;
}>;

const isFigure = (name: string): name is StatisticsFigure => (statisticsFigures as readonly string[]).includes(name);

export function parseStatisticsSettings(env: Env, problems: string[]): StatisticsSettings {
  const { int, text } = envReaders(env, problems);
  const names = text('VIGIE_STATISTICS_PUBLIC', '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !isFigure(n));
  if (unknown.length > 0)
    problems.push(
      `VIGIE_STATISTICS_PUBLIC: unknown figures ${unknown.join(', ')} (known: ${statisticsFigures.join(', ')})`,
    );
  const timeZone = text('VIGIE_STATISTICS_TIME_ZONE', 'UTC');
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    problems.push(
      `VIGIE_STATISTICS_TIME_ZONE: ${JSON.stringify(timeZone)} is not an IANA time zone, e.g. America/Toronto`,
    );
  }
  return Object.freeze({
    publicFigures: Object.freeze([...new Set(names.filter(isFigure))]),
    timeZone,
    recomputeDays: int('VIGIE_STATISTICS_RECOMPUTE_DAYS', 7, 0, 366),
  });
}
