// Series breaks (issue 16, item 5): the 2019 abonnementstarief, CBS's new merge method and a
// provisional year are breaks. The panel marks them, and no fit or carried change learns across one.
import { describe, expect, it } from 'vitest';
import { buildPanel } from '../../../src/lib/model/panel';
import { fitCategory } from '../../../src/lib/model/fitCategory';
import { seriesBreaks } from '../../../src/lib/snapshot/seriesBreaks';
import { syntheticTables } from './synthetic';

describe('series breaks', () => {
	it('lists the known breaks inside the observed years, and each provisional year', () => {
		const mirror = syntheticTables();
		expect(seriesBreaks(mirror.clients)).toEqual([]);
		const later = syntheticTables({ years: [2017, 2018, 2019, 2020, 2021] });
		expect(seriesBreaks(later.clients).map((b) => `${b.year} ${b.kind}`)).toEqual(['2019 abonnementstarief', '2020 koppelmethode']);
		// A snapshot starting in 2019 has no change into 2019 to break.
		const from2019 = syntheticTables({ years: [2019, 2020, 2021] });
		expect(seriesBreaks(from2019.clients).map((b) => b.year)).toEqual([2020]);
		const provisional = syntheticTables();
		for (const r of provisional.clients) if (r.year === 2018) r.provisional = true;
		expect(seriesBreaks(provisional.clients).map((b) => `${b.year} ${b.kind}`)).toEqual(['2018 voorlopig']);
	});

	it('marks the break years in the panel and leaves the change across them out of the fit', () => {
		const t = syntheticTables({ years: [2016, 2017, 2018, 2019] });
		// +30% in every share at 2019: within the ±50% data-break rule, so only the series break keeps
		// the fit from learning it as a trend.
		for (const r of t.clients) if (r.year === 2019 && r.clients !== null) r.clients = Math.round(r.clients * 1.3);
		const panel = buildPanel(t);
		expect([...panel.wijk.seriesBreak]).toEqual([0, 0, 0, 1]);
		const fit = fitCategory(panel.wijk, 'totaal', 2019, 3);
		expect(fit.diffYears).toEqual([2017, 2018]);
	});

	it('learns every change when no break lies in the years', () => {
		const t = syntheticTables({ years: [2015, 2016, 2017, 2018] });
		const fit = fitCategory(buildPanel(t).wijk, 'totaal', 2018, 3);
		expect(fit.diffYears).toEqual([2016, 2017, 2018]);
	});
});
