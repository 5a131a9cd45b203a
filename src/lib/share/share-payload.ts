import { checklistHref, type ChecklistData } from '$lib/checklists/model';
import type { BuiltInChecklist } from '$lib/content/checklists';
import type { ContactDraft } from '$lib/contacts/contact-types';
import type { PhoneTreeData } from '$lib/contacts/phone-trees';
import { recordStore, type Entity, type RecordKind } from '$lib/db';
import { stamp } from '$lib/db/store.svelte';
import type { AlertData } from '$lib/rapid-response/alert-records';
import { alertEditHref } from '$lib/rapid-response/links';
import {
	alertFromTemplate,
	alertTemplateName,
	alertTemplateOf,
	parseAlertTemplate,
	type AlertTemplateData
} from './alert-template';

export const SHARE_FORMAT = 'rank-and-file-share';
export const SHARE_VERSION = 1;

/** The things one can hand to a teammate, each named by the kind of its main record. */
export type SharedThing =
	'checklist' | 'resolution-draft' | 'contact-group' | 'phone-tree' | 'alert';
export const SHARED_THINGS: readonly SharedThing[] = [
	'checklist',
	'resolution-draft',
	'contact-group',
	'phone-tree',
	'alert'
];

/** One record in a share: no timestamps (the receiver's copy is new), ids only to link. */
export interface SharedRecord {
	kind: RecordKind;
	id: string;
	data: Record<string, unknown>;
}

/** What a shared file or QR code holds: the main record first, then the people it names. */
export interface SharePayload {
	format: typeof SHARE_FORMAT;
	version: number;
	thing: SharedThing;
	records: SharedRecord[];
}

export class ShareError extends Error {
	constructor(readonly problem: 'not-share' | 'newer' | 'missing' | 'damaged') {
		super(problem);
		this.name = 'ShareError';
	}
}

/** The kinds a share of each thing may hold. */
const allowedKinds: Record<SharedThing, readonly RecordKind[]> = {
	checklist: ['checklist'],
	'resolution-draft': ['resolution-draft'],
	'contact-group': ['contact-group', 'contact'],
	'phone-tree': ['phone-tree', 'contact-group', 'contact'],
	alert: ['alert']
};

const shared = (record: Entity<unknown>): SharedRecord => ({
	kind: record.kind,
	id: record.id,
	data: record.data as Record<string, unknown>
});

/** A checklist with nothing ticked, no notes and no counts: for another team to start on. */
export function cleanChecklist(data: ChecklistData): ChecklistData {
	return {
		...data,
		items: data.items.map(({ measure, ...item }) => ({
			...item,
			done: false,
			note: '',
			...(measure ? { measure: { ...measure, count: 0 } } : {})
		}))
	};
}

async function membersOf(groupId: string): Promise<Entity<ContactDraft>[]> {
	await recordStore.load('contact');
	return (recordStore.list<ContactDraft>('contact') ?? []).filter((contact) =>
		contact.data.groupIds.includes(groupId)
	);
}

/** Gathers one thing and what it needs from the decoded store. */
export async function buildShare(
	thing: SharedThing,
	id: string,
	options: { clean?: boolean } = {}
): Promise<SharePayload> {
	await recordStore.load(thing);
	const main = recordStore.get<Record<string, unknown>>(thing, id);
	if (!main) throw new ShareError('missing');
	const records = [shared(main)];
	if (thing === 'checklist' && options.clean)
		records[0]!.data = cleanChecklist(main.data as unknown as ChecklistData) as never;
	if (thing === 'alert')
		records[0]!.data = alertTemplateOf(main.data as unknown as AlertData) as never;
	let groupId: string | undefined;
	if (thing === 'contact-group') groupId = id;
	if (thing === 'phone-tree') {
		groupId = (main.data as unknown as PhoneTreeData).groupId;
		await recordStore.load('contact-group');
		const group = recordStore.get('contact-group', groupId);
		if (group) records.push(shared(group));
	}
	if (groupId) {
		for (const contact of await membersOf(groupId)) {
			// Only this group goes with a person: their other groups stay private.
			records.push(shared({ ...contact, data: { ...contact.data, groupIds: [groupId] } }));
		}
	}
	return { format: SHARE_FORMAT, version: SHARE_VERSION, thing, records };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads a share's JSON, checking its form before anything is shown or written. */
export function parseShare(text: string): SharePayload {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		throw new ShareError('not-share');
	}
	if (!isObject(value) || value.format !== SHARE_FORMAT) throw new ShareError('not-share');
	const { version, thing, records } = value;
	if (typeof version !== 'number' || !Number.isInteger(version)) throw new ShareError('not-share');
	if (version > SHARE_VERSION) throw new ShareError('newer');
	if (!SHARED_THINGS.includes(thing as SharedThing) || !Array.isArray(records))
		throw new ShareError('not-share');
	const kinds = allowedKinds[thing as SharedThing];
	const clean: SharedRecord[] = records.map((record: unknown) => {
		if (
			!isObject(record) ||
			typeof record.id !== 'string' ||
			!kinds.includes(record.kind as RecordKind) ||
			!isObject(record.data)
		)
			throw new ShareError('not-share');
		return { kind: record.kind as RecordKind, id: record.id, data: record.data };
	});
	if (clean[0]?.kind !== thing) throw new ShareError('not-share');
	if (thing === 'alert') {
		// One alert, nothing with it; its fields are checked because they go straight into the composer.
		const template = clean.length === 1 && parseAlertTemplate(clean[0]!.data);
		if (!template) throw new ShareError('damaged');
		clean[0]!.data = template as never;
	}
	return { format: SHARE_FORMAT, version, thing: thing as SharedThing, records: clean };
}

/** The main record's name, as a preview shows it. */
export function shareName(payload: SharePayload, locale: 'en' | 'es'): string {
	const main = payload.records[0]!.data;
	if (payload.thing === 'alert')
		return alertTemplateName(main as unknown as AlertTemplateData, locale);
	const named = (payload.thing === 'phone-tree' ? payload.records[1]?.data : main) ?? main;
	const title = named.title ?? named.name;
	if (typeof title === 'string') return title;
	if (isObject(title) && typeof title[locale] === 'string') return title[locale];
	return '';
}

/** Finds a ready-made checklist by its slug (content/checklists.ts). */
type BuiltInLookup = (slug: string) => BuiltInChecklist | undefined;

/** A checklist's item texts the QR code left out, put back from the built-in checklist. */
function withTemplateTexts(data: ChecklistData, builtIn: BuiltInLookup): ChecklistData {
	const template = data.template && builtIn(data.template.slug);
	if (!template) return data;
	const items = new Map(template.items.map((item) => [item.id, item]));
	return {
		...data,
		items: data.items.map((item) => {
			const source = items.get(item.id);
			if (!source || item.why) return item;
			return { ...item, sources: [...source.sources], ...(source.why ? { why: source.why } : {}) };
		})
	};
}

/**
 * The records to store for a received share: every id is new (the receiver gets a copy, never
 * the sender's record), and the links between them follow the new ids.
 */
export function copyOfShare(payload: SharePayload, builtIn: BuiltInLookup): Entity<unknown>[] {
	const ids = new Map(payload.records.map((record) => [record.id, crypto.randomUUID()]));
	const mapped = (id: string) => ids.get(id) ?? id;
	return payload.records.map((record) => {
		let data: unknown = record.data;
		let parentId: string | undefined;
		if (record.kind === 'checklist') data = withTemplateTexts(data as ChecklistData, builtIn);
		if (record.kind === 'alert') data = alertFromTemplate(data as AlertTemplateData);
		if (record.kind === 'contact') {
			const contact = data as ContactDraft;
			data = {
				...contact,
				groupIds: (contact.groupIds ?? []).filter((id) => ids.has(id)).map(mapped)
			};
		}
		if (record.kind === 'phone-tree') {
			const tree = data as PhoneTreeData;
			parentId = mapped(tree.groupId);
			data = {
				groupId: parentId,
				fanOut: tree.fanOut,
				tree: {
					rootId: mapped(tree.tree.rootId),
					nodes: tree.tree.nodes.map((node) => ({
						callerId: mapped(node.callerId),
						calleeIds: node.calleeIds.map(mapped),
						...(node.backupId ? { backupId: mapped(node.backupId) } : {})
					}))
				}
			};
		}
		return stamp(record.kind, data, { id: ids.get(record.id)!, parentId });
	});
}

/** Stores a received share as the user's own copy, in one transaction; returns where it opens. */
export async function importShare(payload: SharePayload): Promise<string> {
	// The ready-made checklists are loaded only for a checklist, the one share that needs them.
	const builtIn: BuiltInLookup =
		payload.thing === 'checklist'
			? (await import('$lib/content/checklists')).findBuiltInChecklist
			: () => undefined;
	const records = copyOfShare(payload, builtIn);
	await recordStore.replaceAll(records, 'merge');
	const main = records[0]!;
	switch (payload.thing) {
		case 'checklist':
			return checklistHref(main.id);
		case 'resolution-draft':
			return `/resolutions/edit?id=${main.id}`;
		case 'contact-group':
			return `/rapid-response/contacts/group?id=${main.id}`;
		case 'phone-tree':
			return `/rapid-response/trees/tree?group=${main.parentId}`;
		case 'alert':
			return alertEditHref(main.id);
	}
}

/** The same share made smaller for a QR code: built-in wording the receiver's app already has is left out. */
export function compactShare(payload: SharePayload): SharePayload {
	if (payload.thing !== 'checklist') return payload;
	const [main, ...rest] = payload.records;
	const data = main!.data as unknown as ChecklistData;
	if (!data.template) return payload;
	const items = data.items.map(({ why: _why, sources: _sources, ...item }) => item);
	return { ...payload, records: [{ ...main!, data: { ...data, items } as never }, ...rest] };
}
