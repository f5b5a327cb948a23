// axe-core accessibility scan of the current page: returns serious and critical violations only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './buildRenderer';

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

let axeSource: string | undefined;

/**
 * Injects node_modules/axe-core/axe.min.js (through the DevTools protocol, so the app's CSP stays
 * on) and runs it on the whole document. Returns only violations of impact serious or critical.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(path.join(repoRoot, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(`${axeSource};\ntypeof window.axe === 'object'`);
  if (loaded !== true) throw new Error('axe-core did not load into the page');
  return (await page.evaluate(`window.axe
    .run(document, { resultTypes: ['violations'] })
    .then((r) => r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.map((n) => n.target.join(' ')) })))`)) as AxeViolation[];
}
