// The Dutch explanation of how one level × category is forecast, in one voice: the method the
// forecast actually carries (from the model summary), what the shown drivers do and do not do, and
// why a category can grow differently from the total.
import { CATEGORY_LABELS } from '$lib/snapshot/schema';
import { formatPercentChange } from '$lib/view/format';
import type { ModelSummary } from '$lib/view/types';

export interface MethodText {
	/** One paragraph: what the forecast does. */
	method: string;
	/** What the driver table means for this forecast (empty when there are no drivers). */
	drivers: string;
	/** Why categories need not add up to, or grow like, the total (empty for the total). */
	categories: string;
	/** What evidence the forecast rests on: the year-on-year changes and the pre-origin test. */
	evidence: string;
}

function evidenceText(s: ModelSummary): string {
	const n = s.diffYears.length;
	const where = s.level === 'wijk' ? 'wijkniveau' : 'gemeenteniveau';
	const changes = n
		? `${n === 1 ? 'één jaarovergang' : `${n} jaarovergangen`} van het aandeel op ${where} (${s.diffYears.map((y) => `${y - 1}→${y}`).join(', ')})`
		: `geen jaarovergang van het aandeel op ${where}`;
	const tested = s.validation.n > 0 && s.validation.origins.length
		? `de keuze is getoetst op ${s.validation.n.toLocaleString('nl-NL')} eerdere prognoses vanuit ${s.validation.origins.join(' en ')}`
		: 'de keuze kon niet op eerdere prognoses worden getoetst, dus blijft het aandeel gelijk (de keuze vooraf)';
	return `Waarop deze prognose rust: ${changes}; ${tested}.`;
}

const who = (s: ModelSummary) => (s.level === 'wijk' ? 'per wijk' : 'per gemeente');

export function methodText(s: ModelSummary): MethodText {
	const cat = CATEGORY_LABELS[s.category];
	const base = `${cat}, ${who(s)}: de prognose is het aandeel inwoners met deze ondersteuning maal het verwachte aantal inwoners`;
	let method: string;
	if (s.method === 'robust_drift' && s.robustDrift) {
		const pct = formatPercentChange(Math.exp(s.robustDrift.logGrowth) - 1, 1);
		method =
			`${base}. Het aandeel groeit ${s.damping < 1 ? 'gedempt ' : ''}mee met de landelijke trend: de verandering van de middelste gemeente in ${s.robustDrift.year} (${pct} per jaar, ${s.robustDrift.nGemeenten} gemeenten${s.robustDrift.kind === 'weightedMedian' ? ', gewogen naar cliënten' : ''}). ` +
			`Die keuze voorspelde eerdere jaren beter dan een gelijkblijvend aandeel.`;
	} else if (s.method === 'category_shrink' && s.shrink) {
		const pct = formatPercentChange(Math.exp(s.shrink.logGrowth) - 1, 1);
		method =
			`${base}. Het aandeel groeit ${s.damping < 1 ? 'gedempt ' : ''}met ${pct} per jaar: de eigen verandering van deze categorie (${s.shrink.ownYears.length ? s.shrink.ownYears.join(', ') : 'nog geen jaar'}) weegt ${Math.round(s.shrink.weight * 100)}%, de rest is de gemiddelde verandering van Wmo totaal, omdat één jaar van de categorie zelf weinig zegt. ` +
			`Die keuze voorspelde eerdere jaren beter dan een gelijkblijvend aandeel.`;
	} else if (s.method === 'regression') {
		const parts: string[] = [];
		if (s.damping) parts.push(`${s.driftSource === 'pooled' ? 'de gemiddelde' : 'de laatste'} jaarlijkse verandering${s.damping < 1 ? ' (gedempt)' : ''}`);
		if (s.gemeenteWeight) parts.push(`${Math.round(s.gemeenteWeight * 100)}% van de eigen afwijking van de gemeente`);
		if (s.useDrivers) parts.push(`${s.drivers.length} samenhangende factor(en)`);
		if (s.smoothing) parts.push(`een beginniveau dat ${Math.round(s.smoothing * 100)}% met het vorige jaar middelt`);
		method = `${base}. Het aandeel verandert met ${parts.join(', ')}: dat voorspelde eerdere jaren beter dan een gelijkblijvend aandeel.`;
	} else if (s.diffYears.length < 2) {
		method =
			`${base}. Het aandeel blijft gelijk: er ${s.diffYears.length === 1 ? 'is maar één jaarovergang' : 'zijn geen jaarovergangen'} in de gegevens, te weinig om een trend te toetsen. ` +
			`De prognose beweegt dus alleen mee met het verwachte aantal inwoners.`;
	} else {
		method = `${base}. Het aandeel blijft gelijk: een trend, de afwijking van de gemeente en de samenhangende factoren voorspelden eerdere jaren niet beter.`;
	}
	const drivers = !s.drivers.length
		? ''
		: (s.useDrivers
				? 'De factoren hieronder tellen mee in de prognose. '
				: 'De factoren hieronder hangen samen met de jaarlijkse verandering van het aandeel, maar tellen niet mee in deze prognose: ze voorspelden eerdere jaren niet beter. ') +
			'↑ meer: in gebieden waar de factor steeg, steeg ook het aandeel cliënten; ↓ minder: daar daalde het. Het is een samenhang, geen oorzaak: een daling bij meer bijstand betekent niet dat bijstand Wmo-gebruik voorkomt.';
	const categories =
		s.category === 'totaal'
			? ''
			: 'Eén cliënt kan meer soorten ondersteuning hebben, dus de categorieën tellen niet op tot Wmo totaal. Ze kunnen ook anders groeien: elke categorie heeft een eigen model, en voor een categorie met minder jaren gegevens kon minder worden getoetst dan voor het totaal.';
	if (s.convergence) method += ` Daarbovenop schuift het aandeel elk jaar ${Math.round(s.convergence * 100)}% op naar het aandeel dat de kenmerken van de gemeente doen verwachten.`;
	return { method, drivers, categories, evidence: evidenceText(s) };
}
