import type { ColumnType } from 'kysely';

type Timestamp = ColumnType<Date, Date | string, Date | string>;

export type InstallationSettingTable = {
  key: string;
  value: ColumnType<unknown, string, string>;
  updated_at: Timestamp;
  updated_by: string;
};

export type SettingsTables = { installation_setting: InstallationSettingTable };
