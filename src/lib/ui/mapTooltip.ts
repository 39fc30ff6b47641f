// The map's hover text of a region: its name and figure in the chosen year, or why it has none.
import { formatCount, formatForecast, formatShare } from '$lib/view/format';
import { valueInYear } from '$lib/view/regionValues';
import type { RegionSeries } from '$lib/view/types';
import { reasonText } from './reliability';

export function mapTooltip(series: RegionSeries[], code: string, year: number, origin?: number): string | null {
	const s = series.find((x) => x.code === code);
	if (!s) return null;
	const v = valueInYear(s, year);
	if (v.clients === null) return `${s.name}: ${reasonText(s.reason, s.baseYear, origin) || 'geen gegevens'}`;
	const figure = v.isForecast ? `prognose ${formatForecast(v.clients)}` : `${formatCount(v.clients)} cliënten`;
	return `${s.name}: ${figure} in ${year} (${formatShare(v.share, 1)} van de inwoners)`;
}
