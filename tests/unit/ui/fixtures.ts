// Shared fixtures for the UI unit tests (not a test file itself).
import type { ChartSeries, HistoryPoint } from '../../../src/lib/view/types';

const obs = (year: number, clients: number, inhabitants: number, converted = false): HistoryPoint => ({
	year,
	clients,
	share: clients / inhabitants,
	converted,
	status: 'observed'
});

export const gemeente: ChartSeries = {
	label: 'Gemeente Voorbeeld',
	history: [
		obs(2013, 2000, 50000, true),
		obs(2014, 2100, 50000, true),
		{ year: 2015, clients: null, share: null, converted: false, status: 'not_delivered' },
		obs(2016, 2300, 50000),
		obs(2017, 2350, 50000),
		obs(2018, 2400, 50000)
	],
	forecast: [2019, 2020, 2021, 2022, 2023].map((year, i) => ({
		year,
		forecast: 2450 + 50 * i,
		lower: 2300 + 40 * i,
		upper: 2600 + 60 * i,
		reliability: 'ok' as const,
		share: (2450 + 50 * i) / 50000,
		population: 50000
	}))
};

export const wijk: ChartSeries = {
	label: 'Wijk Centrum',
	emphasis: true,
	history: [
		obs(2014, 80, 2000),
		{ year: 2015, clients: null, share: null, converted: false, status: 'suppressed' },
		obs(2016, 90, 2000),
		obs(2017, 95, 2000),
		obs(2018, 100, 2000)
	],
	forecast: [2019, 2020, 2021, 2022, 2023].map((year, i) => ({
		year,
		forecast: 102 + 2 * i,
		lower: 90 + i,
		upper: 115 + 3 * i,
		reliability: 'unreliable' as const,
		population: 2000
	}))
};
