export { startTestWeb } from './test-web.ts';
export type { TestWeb, TestWebSite } from './test-web.ts';
export type { TestWebOptions, MediaForm, UrlStyle } from './model.ts';
export { MEDIA_FORMS, URL_STYLES, TEST_TLD } from './model.ts';
export { LINK_FORMS } from './links.ts';
export type { LinkForm } from './links.ts';
export { HOSTILE_PATHS } from './hostile.ts';
export type { HostileName } from './hostile.ts';
export type {
  Expected,
  HostileEntry,
  LinkExample,
  Manifest,
  MediaEntry,
  MediaReference,
  PageEntry,
  SiteEntry,
} from './manifest.ts';
export type { TestWebStats } from './stats.ts';
export type { Lookup, Resolve } from './dns.ts';
