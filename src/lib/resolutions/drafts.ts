import { collection, type Entity } from '$lib/db';
import type { ResolutionTemplate } from '$lib/content/resolutions';
import type { Locale } from '$lib/content/types';
import { clausesFrom, type Clause } from './clauses';

export const draftStatuses = ['draft', 'introduced', 'adopted', 'failed', 'forwarded'] as const;
/** Where a resolution stands: written, brought to a meeting, voted up or down, sent further on. */
export type DraftStatus = (typeof draftStatuses)[number];

export const paperSizes = ['letter', 'a4'] as const;
export type PaperSize = (typeof paperSizes)[number];

/** What happened when the resolution came to a vote. Every field is optional until it is known. */
export interface AdoptionRecord {
	status: DraftStatus;
	/** The body that voted, e.g. "membership meeting". */
	body: string;
	/** yyyy-mm-dd from <input type="date">, or ''. */
	date: string;
	movedBy: string;
	secondedBy: string;
	votesFor: number | null;
	votesAgainst: number | null;
	votesAbstaining: number | null;
	/** The labor council or convention it was sent on to. */
	forwardedTo: string;
	notes: string;
}

/**
 * A resolution being written. It keeps its own copy of the title and clauses, so editing them
 * never touches the built-in template, and the template's slug and version it started from.
 */
export interface ResolutionDraftData {
	templateSlug: string;
	templateVersion: number;
	/** The language the resolution is written in, which may differ from the app's. */
	locale: Locale;
	title: string;
	values: Record<string, string>;
	whereas: Clause[];
	resolved: Clause[];
	adoption: AdoptionRecord;
	paper: PaperSize;
}

export type ResolutionDraft = Entity<ResolutionDraftData>;

const drafts = collection<ResolutionDraftData>('resolution-draft');

export function emptyAdoptionRecord(): AdoptionRecord {
	return {
		status: 'draft',
		body: '',
		date: '',
		movedBy: '',
		secondedBy: '',
		votesFor: null,
		votesAgainst: null,
		votesAbstaining: null,
		forwardedTo: '',
		notes: ''
	};
}

export function newDraftData(template: ResolutionTemplate, locale: Locale): ResolutionDraftData {
	return {
		templateSlug: template.slug,
		templateVersion: template.version,
		locale,
		title: template.title[locale],
		values: {},
		whereas: clausesFrom(template.whereas.map((clause) => clause[locale])),
		resolved: clausesFrom(template.resolved.map((clause) => clause[locale])),
		adoption: emptyAdoptionRecord(),
		// The US and Mexico both print on Letter; A4 is one tap away in the print view.
		paper: 'letter'
	};
}

// Queries
/** Newest edit first. */
export const listDrafts = (): ResolutionDraft[] | undefined => drafts.list();
/** undefined while loading, null when there is no such draft. */
export const getDraft = (id: string): ResolutionDraft | null | undefined => drafts.get(id);

export function listDraftsForTemplate(slug: string): ResolutionDraft[] | undefined {
	return drafts.list()?.filter((draft) => draft.data.templateSlug === slug);
}

// Mutations
export function createDraft(
	template: ResolutionTemplate,
	locale: Locale
): Promise<ResolutionDraft> {
	return drafts.create(newDraftData(template, locale));
}

/**
 * Replaces a draft's content (the editor's autosave). A version another tab saved since `from`
 * is kept as a separate draft, which is returned.
 */
export function saveDraft(
	id: string,
	data: ResolutionDraftData,
	from?: ResolutionDraftData
): Promise<ResolutionDraft | undefined> {
	return drafts.put(id, data, from);
}

export async function setDraftPaper(id: string, paper: PaperSize): Promise<void> {
	await drafts.update(id, (data) => ({ ...data, paper }));
}

/** A copy to take further (another body, another meeting): same text, a fresh adoption record. */
export async function duplicateDraft(id: string): Promise<ResolutionDraft | undefined> {
	await drafts.ready();
	const original = drafts.get(id);
	if (!original) return undefined;
	return drafts.create({ ...structuredClone(original.data), adoption: emptyAdoptionRecord() });
}

/** Deletes a draft and returns it for undo. */
export const deleteDraft = (id: string): Promise<ResolutionDraft | undefined> => drafts.remove(id);
export const restoreDraft = (draft: ResolutionDraft): Promise<void> => drafts.restore(draft);
