// Pure helpers for TransparencyPanel: driver bars and accuracy rows (the AccuracyItem rows come from
// the view adapter src/lib/view/accuracy.ts).

import type { AccuracyItem, DriverItem } from '$lib/view/types';

export interface DriverBar extends DriverItem {
	/** |weight| relative to the largest |weight| of the category, in [0, 1]. */
	relative: number;
	direction: string;
}

/** Drivers sorted by |weight|, largest first, with bar widths relative to the largest. */
export function driverBars(drivers: readonly DriverItem[] | undefined): DriverBar[] {
	const list = (drivers ?? []).filter((d) => Number.isFinite(d.weight));
	const max = Math.max(0, ...list.map((d) => Math.abs(d.weight)));
	return [...list]
		.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.label.localeCompare(b.label, 'nl'))
		.map((d) => ({
			...d,
			relative: max > 0 ? Math.abs(d.weight) / max : 0,
			direction: d.sign > 0 ? '↑ meer' : '↓ minder'
		}));
}

/** The accuracy rows of one category (rows without a category apply to all), per level, by horizon. */
export function accuracyFor(items: readonly AccuracyItem[], category: string): Map<string, AccuracyItem[]> {
	const bandOrder = (b: string | undefined) => ['all', '10-99', '100-499', '500+'].indexOf(b ?? 'all');
	const byLevel = new Map<string, AccuracyItem[]>();
	for (const it of items) {
		if (it.category !== undefined && it.category !== category) continue;
		const list = byLevel.get(it.level) ?? [];
		list.push(it);
		byLevel.set(it.level, list);
	}
	for (const list of byLevel.values()) list.sort((a, b) => a.horizon - b.horizon || bandOrder(a.band) - bandOrder(b.band));
	return byLevel;
}

/** True when the model's WAPE is below both baselines that are present. */
export function beatsBaselines(it: AccuracyItem): boolean {
	return it.wape < it.naiveWape && (it.sharePopWape === undefined || it.wape < it.sharePopWape);
}

export const BAND_LABELS: Record<string, string> = {
	all: 'alle',
	'10-99': '10–99 cliënten',
	'100-499': '100–499 cliënten',
	'500+': '500 of meer cliënten'
};

export const LEVEL_LABELS: Record<string, string> = { wijk: 'Wijken', gemeente: 'Gemeenten' };
