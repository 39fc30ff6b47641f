import { describe, expect, it } from 'vitest';
import { cellText, chartSummary, shareTickDigits, tableRows } from '../../../src/lib/ui/chartText';
import { gemeente, wijk } from './fixtures';

describe('cellText', () => {
	it('describes observed, converted, suppressed and missing years', () => {
		expect(cellText(gemeente, 2018, 'clients', 2018)).toBe('2.400');
		expect(cellText(gemeente, 2013, 'clients', 2018)).toBe('2.000 (geschat via grenswijziging)');
		expect(cellText(gemeente, 2015, 'clients', 2018)).toBe('– (niet geleverd)');
		expect(cellText(wijk, 2015, 'clients', 2018)).toBe('– (onderdrukt)');
		expect(cellText(wijk, 2013, 'clients', 2018)).toBe('– (geen gegevens)');
	});
	it('describes forecasts with their 80% interval and reliability', () => {
		expect(cellText(gemeente, 2019, 'clients', 2018)).toBe('2.450 (80%-interval 2.300 – 2.600)');
		expect(cellText(wijk, 2019, 'clients', 2018)).toBe('102 (80%-interval 90 – 115), onbetrouwbaar');
		expect(cellText(wijk, 2019, 'share', 2018)).toBe('5,10% (80%-interval 4,50% – 5,75%), onbetrouwbaar');
		const none = { label: 'klein', history: [], forecast: [{ year: 2019, forecast: null, lower: null, upper: null, reliability: 'none' as const }] };
		expect(cellText(none, 2019, 'clients', 2018)).toBe('– (geen prognose: < 10 cliënten)');
		expect(cellText(none, 2020, 'clients', 2018)).toBe('– (geen prognose)');
	});
});

describe('tableRows and summary', () => {
	it('has one row per year from origin − 5 to origin + 5', () => {
		const rows = tableRows([gemeente, wijk], 'clients', 2018);
		expect(rows.map((r) => r.year)).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023]);
		expect(rows[5].kind).toBe('waargenomen');
		expect(rows[6].kind).toBe('prognose');
		expect(rows[6].cells).toHaveLength(2);
	});
	it('summarises last observation and end of horizon in Dutch', () => {
		expect(chartSummary([gemeente], 'clients', 2018)).toBe(
			'Lijngrafiek van cliënten, 2013 tot en met 2023. Gemeente Voorbeeld: 2.400 in 2018, prognose 2023 2.650 (80%-interval 2.460 – 2.840).'
		);
		expect(chartSummary([{ label: 'Leeg', history: [], forecast: [] }], 'share', 2018)).toBe(
			'Lijngrafiek van aandeel inwoners, 2013 tot en met 2023. Leeg: geen waarneming, geen prognose.'
		);
	});
	it('picks share tick decimals from the step', () => {
		expect(shareTickDigits(0.01)).toBe(0);
		expect(shareTickDigits(0.005)).toBe(1);
		expect(shareTickDigits(0.0025)).toBe(1);
		expect(shareTickDigits(0.0001)).toBe(2);
	});
});
