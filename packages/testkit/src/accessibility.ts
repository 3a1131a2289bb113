// axe-core, run inside the page under test: evaluated through the browser's debugging protocol,
// so the page's strict CSP (which would refuse an injected <script>) stays in force.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export type AxeViolation = { id: string; impact: string | null; help: string; targets: string[] };

/** Every WCAG 2.x A/AA violation axe finds on the page as it is now (empty when clean). */
export async function findAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(axeSource);
  // A string, evaluated in the page: this package is type-checked without the DOM's types.
  return page.evaluate<AxeViolation[]>(`(async () => {
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  })()`);
}
