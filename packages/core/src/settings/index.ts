export { createSettingsService } from './settings.service.ts';
export type { SettingsService } from './settings.service.ts';
export { registerSettingsRoutes } from './settings.routes.ts';
export type { SettingsTables } from './settings.tables.ts';
