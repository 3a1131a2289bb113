export { registerConsoleRoutes } from './console.routes.ts';
export { registerSystemRoutes } from './system.routes.ts';
