export { createSettingsService } from './settings.service.ts';
export type { SettingsService } from './settings.service.ts';
export { registerSettingsRoutes } from './settings.routes.ts';
export type { SettingsTables } from './settings.tables.ts';
// Other modules' installation-wide settings (the review defaults) live in the same table.
export { readSettings, removeSetting, writeSetting } from './settings.repository.ts';
