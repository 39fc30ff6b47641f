// Accessibility helpers for the e2e tests: run axe-core (the pinned dev dependency, injected from
// node_modules through the DevTools protocol, so the page's strict CSP stays as it is) and report
// violations as short lines a developer can act on.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: string[];
}

/** WCAG 2.0/2.1 A and AA rules on the whole page (or `include`, a CSS selector). */
export async function axeAudit(page: Page, include?: string): Promise<AxeViolation[]> {
	const has = await page.evaluate(() => 'axe' in window);
	if (!has) await page.evaluate(AXE_SOURCE);
	return page.evaluate(async (sel) => {
		const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }> } }).axe;
		const res = await axe.run(sel ? { include: [sel] } : document, {
			runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			resultTypes: ['violations']
		});
		return res.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').split('\n').slice(1, 2).join('').trim()}`)
		}));
	}, include ?? null);
}

export const serious = (vs: AxeViolation[]) => vs.filter((v) => v.impact === 'serious' || v.impact === 'critical');

export function describeViolations(vs: AxeViolation[]): string {
	return vs.map((v) => `${v.impact} ${v.id}: ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n');
}
