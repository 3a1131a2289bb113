import type { TakedownMeasures } from '@vigie/contract';
import type { ColumnType } from 'kysely';
import type { RollupMeasure } from './statistics.types.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
/** A date column; every query casts it to YYYY-MM-DD text (pg would make it a local-midnight Date). */
type Day = ColumnType<string, string, string>;

export type StatisticsDayTable = {
  measure: RollupMeasure;
  day: Day;
  k1: ColumnType<string, string | undefined, string>;
  k2: ColumnType<string, string | undefined, string>;
  k3: ColumnType<string, string | undefined, string>;
  value: ColumnType<string, number | string, number | string>;
};

export type StatisticsRemovalTable = {
  span: 'month' | 'year';
  start: Day;
  measures: ColumnType<TakedownMeasures, string, string>;
  computed_at: Timestamp;
};

export type StatisticsRollupStateTable = {
  singleton: ColumnType<boolean, boolean | undefined, boolean>;
  time_zone: string;
  rolled_through: Day;
  rolled_up_at: Timestamp;
};

export type StatisticsTables = {
  statistics_day: StatisticsDayTable;
  statistics_removal: StatisticsRemovalTable;
  statistics_rollup_state: StatisticsRollupStateTable;
};
