import { collection, recordsScreen, type Entity } from '$lib/db';
import { collator } from '$lib/ui/intl';
import type { ContactDraft } from './contact-types';

/** Contacts are stored as the draft shape the importer and the editor share. */
export type Contact = Entity<ContactDraft>;

export interface GroupData {
	name: string;
}

export type Group = Entity<GroupData>;

const contacts = collection<ContactDraft>('contact');
const groups = collection<GroupData>('contact-group');

export function emptyContact(groupIds: string[] = []): ContactDraft {
	return { name: '', phones: [], emails: [], roles: [], languages: [], groupIds };
}

/** A kind's records sorted by name, sorted again only when the kind changed. */
function sortedByName<T extends { data: { name: string } }>(
	read: () => T[] | undefined
): () => T[] | undefined {
	let sorted: { from: T[]; list: T[] } | undefined;
	return () => {
		const all = read();
		if (!all) return undefined;
		if (sorted?.from !== all) {
			const names = collator(undefined, { sensitivity: 'base', numeric: true });
			sorted = {
				from: all,
				list: [...all].sort((a, b) => names.compare(a.data.name, b.data.name))
			};
		}
		return sorted.list;
	};
}

// Queries
/** Resolves once every contact is in memory. */
export const contactsReady = (): Promise<void> => contacts.ready();

/** Every contact by name; undefined while loading. */
export const listContacts = sortedByName(() => contacts.list());

/** The first people of the list at the last visit, shown while the contacts load. */
export const contactsScreen = recordsScreen<ContactDraft>('contacts');

/** undefined while loading, null when there is no such contact. */
export const getContact = (id: string): Contact | null | undefined => contacts.get(id);

/** Every group by name; undefined while loading. */
export const listGroups = sortedByName(() => groups.list());

export const getGroup = (id: string): Group | null | undefined => groups.get(id);

/** A group and its members, sorted by name; undefined while loading, null when it is gone. */
export function groupWithMembers(
	id: string
): { group: Group; members: Contact[] } | null | undefined {
	const group = groups.get(id);
	const all = listContacts();
	if (group === undefined || all === undefined) return undefined;
	if (group === null) return null;
	return { group, members: all.filter((contact) => contact.data.groupIds.includes(id)) };
}

/** How many contacts each group has, by group id. */
export function countMembers(contacts: Contact[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const contact of contacts) {
		for (const id of contact.data.groupIds) counts.set(id, (counts.get(id) ?? 0) + 1);
	}
	return counts;
}

// Mutations
export const createContact = (draft: ContactDraft): Promise<Contact> => contacts.create(draft);

/** Whether two versions of a contact say the same, group membership aside. */
export function sameContact(a: ContactDraft | undefined, b: ContactDraft | undefined): boolean {
	const withoutGroups = (contact?: ContactDraft) => JSON.stringify({ ...contact, groupIds: [] });
	return a === b || withoutGroups(a) === withoutGroups(b);
}

/**
 * Saves the editor's contact; the first save of a new contact makes it. Membership can change
 * from a group's page at the same time, so the stored membership is kept. A version another tab
 * saved since `from` is kept as a separate contact, which is returned.
 */
export const saveContact = (
	id: string,
	draft: ContactDraft,
	from?: ContactDraft
): Promise<Contact | undefined> =>
	contacts.put(id, draft, from, {
		same: sameContact,
		keep: (mine, current) => ({ ...mine, groupIds: current.groupIds })
	});

export const deleteContact = (id: string): Promise<Contact | undefined> => contacts.remove(id);
export const restoreContact = (contact: Contact): Promise<void> => contacts.restore(contact);

/** Saves imported contacts all at once or not at all. */
export const importContacts = (drafts: ContactDraft[]): Promise<Contact[]> =>
	contacts.createMany(drafts);

export async function setMembership(
	contactId: string,
	groupId: string,
	member: boolean
): Promise<void> {
	await contacts.update(contactId, (data) => {
		const others = data.groupIds.filter((id) => id !== groupId);
		return { ...data, groupIds: member ? [...others, groupId] : others };
	});
}

export const createGroup = (name: string): Promise<Group> => groups.create({ name: name.trim() });

export async function renameGroup(id: string, name: string): Promise<void> {
	await groups.update(id, (data) => ({ ...data, name }));
}

/**
 * Removes the group record only: members keep its id, which lists ignore while the group is
 * gone, so Undo brings the group back with every member.
 */
export const deleteGroup = (id: string): Promise<Group | undefined> => groups.remove(id);
export const restoreGroup = (group: Group): Promise<void> => groups.restore(group);
