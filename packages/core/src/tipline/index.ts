export { registerTiplineRoutes } from './tipline.routes.ts';
export { languages, pickLanguage } from './i18n.ts';
export { html, escapeHtml, Html } from './html.ts';
export { createFormTokens, isSameSiteRequest } from './form-token.ts';
export type { FormTokens } from './form-token.ts';
