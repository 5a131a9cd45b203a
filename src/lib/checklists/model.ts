import type { Entity } from '$lib/db';
import { localize } from '$lib/content/localize';
import type { Locale, Localized, SourceKey } from '$lib/content/types';

/**
 * Text in a user's checklist: built-in wording is kept in both languages as it was copied (so
 * the copy follows the app's language but never changes with a later release); text the user
 * typed is a plain string.
 */
export type LocalText = string | Localized;

export function textOf(text: LocalText, locale?: Locale): string {
	return typeof text === 'string' ? text : localize(text, locale);
}

/** A structure test: how many of a total have done something, against the user's own band. */
export interface ItemMeasure {
	/** What is counted, e.g. "cards signed". */
	unit: LocalText;
	count: number;
	total?: number;
	/** Target band as percentages of the total; both or neither. */
	targetLow?: number;
	targetHigh?: number;
}

export interface ChecklistItem {
	/** A built-in item's id is kept, so a newer template can tell which of its items are new. */
	id: string;
	title: LocalText;
	/** Built-in items only: why the item matters, and where that comes from. */
	why?: Localized;
	sources?: SourceKey[];
	done: boolean;
	note: string;
	/** Local calendar date, YYYY-MM-DD (what <input type="date"> gives). */
	due?: string;
	measure?: ItemMeasure;
}

/** The built-in checklist a copy was made from. */
export interface TemplateRef {
	slug: string;
	/** The template version the copy has caught up with (made from, or new items added). */
	version: number;
	/** A newer version the user chose not to take; its notice stays hidden. */
	dismissedVersion?: number;
}

export interface ChecklistData {
	title: LocalText;
	items: ChecklistItem[];
	archived: boolean;
	template?: TemplateRef;
}

export type Checklist = Entity<ChecklistData>;

/** Where a user's checklist opens (a query string: pages are prerendered). */
export function checklistHref(id: string): string {
	return `/strike-school/checklist?id=${encodeURIComponent(id)}`;
}

export function builtInHref(slug: string): string {
	return `/strike-school/${slug}`;
}
