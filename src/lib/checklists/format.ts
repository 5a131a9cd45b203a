import { m } from '$lib/paraglide/messages';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import { dateTimeFormat } from '$lib/ui/intl';
import { textOf, type ChecklistData, type ItemMeasure } from './model';
import { measureState, type Progress } from './progress';

/**
 * Whole percent, rounded down so that 99.6 % of a target never reads as 100 %. Written by the
 * messages, not Intl.NumberFormat: building one costs a list of checklists ~10 ms on a phone.
 */
export function formatPercent(percent: number, locale: Locale = getLocale()): string {
	return m.cl_percent({ value: Math.floor(percent) }, { locale });
}

export function progressText(progress: Progress): string {
	return m.cl_progress({
		done: progress.done,
		total: progress.total,
		percent: formatPercent(progress.percent)
	});
}

export function checklistTitle(data: Pick<ChecklistData, 'title'>): string {
	return textOf(data.title).trim() || m.cl_untitled();
}

/** A due date (YYYY-MM-DD, local) for people: "Fri, May 1, 2026". */
export function formatDue(due: string, locale: string = getLocale()): string {
	const [year, month, day] = due.split('-').map(Number);
	if (!year || !month || !day) return due;
	return dateTimeFormat(locale, {
		weekday: 'short',
		day: 'numeric',
		month: 'short',
		year: 'numeric'
	}).format(new Date(year, month - 1, day));
}

/** A structure test in words, so progress against the band never depends on colour. */
export function measureText(measure: ItemMeasure): string {
	const unit = textOf(measure.unit).trim() || m.cl_measure_default_unit();
	const state = measureState(measure);
	if (state.kind === 'count-only') return m.cl_measure_count_only({ count: measure.count, unit });
	const counted = m.cl_measure_of_total({
		count: measure.count,
		total: measure.total ?? 0,
		unit,
		percent: formatPercent(state.percent)
	});
	if (state.kind === 'no-band') return `${counted} ${m.cl_measure_no_band()}`;
	const band = m.cl_band({ low: state.band.low, high: state.band.high });
	switch (state.kind) {
		case 'below':
			return `${counted} ${m.cl_measure_below({ band, needed: state.needed })}`;
		case 'within':
			return `${counted} ${m.cl_measure_within({ band })}`;
		case 'above':
			return `${counted} ${m.cl_measure_above({ band })}`;
	}
}
