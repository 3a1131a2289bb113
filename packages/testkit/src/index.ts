export { launchBrowser, screenshotPath } from './browser.ts';
