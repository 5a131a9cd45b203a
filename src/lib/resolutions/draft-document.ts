import {
	findResolutionEntry,
	type ResolutionField,
	type ResolutionLibraryEntry
} from '$lib/content/resolution-library';
import type { ResolutionTemplate } from '$lib/content/resolutions';
import type { Locale } from '$lib/content/types';
import { m } from '$lib/paraglide/messages';
import { baseLocale, isLocale } from '$lib/paraglide/runtime';
import { dateTimeFormat } from '$lib/ui/intl';
import type { AdoptionRecord, DraftStatus, ResolutionDraftData } from './drafts';
import {
	composeDocument,
	missingFields,
	parseTemplate,
	renderDocument,
	toPlainText,
	type ComposedDocument,
	type RecordLine,
	type ResolutionDocumentInput
} from './template-engine';

/** The engine's input with its blanks' labels always given (the preview needs them too). */
export type LabelledInput = ResolutionDocumentInput & { label: (key: string) => string };

/** Every text of a draft that may hold {{placeholders}}. */
function draftSources(data: ResolutionDraftData): string[] {
	return [data.title, ...data.whereas.map((c) => c.text), ...data.resolved.map((c) => c.text)];
}

/** "meeting_place" → "meeting place": the label of a blank the user made up in a clause. */
const keyLabel = (key: string): string => key.replaceAll('_', ' ');

/**
 * The blanks a draft asks for: its template's fields that its text still uses, then any
 * {{key}} the user wrote into the title or a clause (or all of them if the template is gone).
 */
export function draftFields(
	data: ResolutionDraftData,
	template: ResolutionLibraryEntry | undefined = findResolutionEntry(data.templateSlug)
): ResolutionField[] {
	const used = new Set(
		draftSources(data).flatMap((source) =>
			parseTemplate(source).flatMap((segment) => (segment.type === 'field' ? [segment.key] : []))
		)
	);
	const declared = (template?.fields ?? []).filter((field) => used.has(field.key));
	const known = new Set(declared.map((field) => field.key));
	const extra: ResolutionField[] = [...used]
		.filter((key) => !known.has(key))
		.map((key) => ({ key, label: { en: keyLabel(key), es: keyLabel(key) }, kind: 'text' }));
	return [...declared, ...extra];
}

/** "2026-05-01" → "May 1, 2026" / "1 de mayo de 2026"; anything else is returned as typed. */
export function formatDate(value: string, locale: Locale): string {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
	if (!match) return value;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1) return value;
	return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** The values as they read in the document: dates written out in the draft's language. */
export function documentValues(
	data: ResolutionDraftData,
	fields: ResolutionField[]
): Record<string, string> {
	const values: Record<string, string> = {};
	for (const field of fields) {
		const value = Object.hasOwn(data.values, field.key) ? data.values[field.key] : undefined;
		if (typeof value !== 'string') continue;
		values[field.key] = field.kind === 'date' ? formatDate(value, draftLocale(data)) : value;
	}
	return values;
}

// Keyed by a stored status: a Map, so that a damaged record's "constructor" finds nothing
// rather than Object.prototype's members.
const statusMessages = new Map<string, typeof m.res_status_draft>([
	['draft', m.res_status_draft],
	['introduced', m.res_status_introduced],
	['adopted', m.res_status_adopted],
	['failed', m.res_status_failed],
	['forwarded', m.res_status_forwarded]
]);

/** A status's name; one this version does not know is shown as it is stored. */
export function statusLabel(status: DraftStatus, locale?: Locale): string {
	return statusMessages.get(status)?.({}, { locale }) ?? String(status);
}

/** A draft's language; a stored value this version does not know reads as the base language. */
const draftLocale = (data: ResolutionDraftData): Locale =>
	isLocale(data.locale) ? data.locale : baseLocale;

const count = (value: number | null): string => (value === null ? '' : String(value));

/**
 * The adoption record as closing lines, in the draft's language. The notes stay out: they are
 * the user's own and are never printed or shared.
 */
export function recordLines(adoption: AdoptionRecord, locale: Locale): RecordLine[] {
	const options = { locale };
	const lines: RecordLine[] = [
		{ label: m.res_record_status({}, options), value: statusLabel(adoption.status, locale) },
		{ label: m.res_record_body({}, options), value: adoption.body },
		{ label: m.res_record_date({}, options), value: formatDate(adoption.date, locale) },
		{ label: m.res_record_moved_by({}, options), value: adoption.movedBy },
		{ label: m.res_record_seconded_by({}, options), value: adoption.secondedBy },
		{ label: m.res_record_votes_for({}, options), value: count(adoption.votesFor) },
		{ label: m.res_record_votes_against({}, options), value: count(adoption.votesAgainst) },
		{ label: m.res_record_votes_abstaining({}, options), value: count(adoption.votesAbstaining) },
		{ label: m.res_record_forwarded_to({}, options), value: adoption.forwardedTo }
	];
	return lines.filter((line) => line.value.trim() !== '');
}

/** Outputs carry the adoption record once the resolution has been brought to a meeting. */
export const recordIsDue = (data: ResolutionDraftData): boolean => data.adoption.status !== 'draft';

export interface DocumentOptions {
	/** Append the adoption record (default: once it has been brought to a meeting). */
	record?: boolean;
}

/** A draft as the template engine's input: values formatted, blanks labelled in its language. */
export function documentInput(
	data: ResolutionDraftData,
	options: DocumentOptions = {}
): LabelledInput {
	const fields = draftFields(data);
	const locale = draftLocale(data);
	const labels = new Map(fields.map((field) => [field.key, field.label[locale]]));
	const withRecord = options.record ?? recordIsDue(data);
	return {
		title: data.title,
		whereas: data.whereas.map((clause) => clause.text),
		resolved: data.resolved.map((clause) => clause.text),
		values: documentValues(data, fields),
		locale,
		label: (key) => labels.get(key) ?? keyLabel(key),
		record: withRecord ? recordLines(data.adoption, locale) : undefined
	};
}

export function composeDraft(data: ResolutionDraftData): ComposedDocument {
	return composeDocument(documentInput(data));
}

/** The keys of blanks still empty anywhere in the draft, each once. */
export function draftMissing(data: ResolutionDraftData): string[] {
	const values = documentValues(data, draftFields(data));
	return [...new Set(draftSources(data).flatMap((source) => missingFields(source, values)))];
}

/** The draft's title with its blanks filled (or shown as [label]), on one line. */
export function draftTitle(data: ResolutionDraftData): string {
	const input = documentInput(data, { record: false });
	return toPlainText(composeDocument(input).title, input.label).replace(/\s+/g, ' ');
}

export function draftText(
	data: ResolutionDraftData,
	format: 'text' | 'markdown',
	options: DocumentOptions = {}
): string {
	return renderDocument(documentInput(data, options), format);
}

const FILE_STEM_LENGTH = 60;

/** A safe, readable file name from the title: "stand-with-a-union-on-strike.md". */
export function draftFileName(data: ResolutionDraftData, extension: 'txt' | 'md'): string {
	let stem = draftTitle(data)
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (stem.length > FILE_STEM_LENGTH) {
		// Cut at a word boundary rather than mid-word.
		const cut = stem.slice(0, FILE_STEM_LENGTH + 1);
		stem = cut.slice(0, cut.lastIndexOf('-')) || cut.slice(0, FILE_STEM_LENGTH);
	}
	return `${stem || 'resolution'}.${extension}`;
}

/** A built-in template as the engine's input, every blank still empty: its page shows it so. */
export function templateInput(template: ResolutionTemplate, locale: Locale): LabelledInput {
	const labels = new Map(template.fields.map((field) => [field.key, field.label[locale]]));
	return {
		title: template.title[locale],
		whereas: template.whereas.map((clause) => clause[locale]),
		resolved: template.resolved.map((clause) => clause[locale]),
		values: {},
		locale,
		label: (key) => labels.get(key) ?? keyLabel(key)
	};
}
