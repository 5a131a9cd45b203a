import { collection, type Entity } from '$lib/db';
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

const byName = <T extends { data: { name: string } }>(list: T[]): T[] => {
	const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
	return [...list].sort((a, b) => collator.compare(a.data.name, b.data.name));
};

// Queries
export async function listContacts(): Promise<Contact[]> {
	return byName(await contacts.list());
}

export const getContact = (id: string): Promise<Contact | undefined> => contacts.get(id);

export async function listGroups(): Promise<Group[]> {
	return byName(await groups.list());
}

export const getGroup = (id: string): Promise<Group | undefined> => groups.get(id);

/** A group and its members, sorted by name; undefined when the group is gone. */
export async function groupWithMembers(
	id: string
): Promise<{ group: Group; members: Contact[] } | undefined> {
	const group = await groups.get(id);
	if (!group) return undefined;
	const members = (await listContacts()).filter((contact) => contact.data.groupIds.includes(id));
	return { group, members };
}

// Mutations
export const createContact = (draft: ContactDraft): Promise<Contact> => contacts.create(draft);

export async function saveContact(id: string, draft: ContactDraft): Promise<void> {
	// Group membership can change from a group's page at the same time: keep the stored one.
	await contacts.update(id, (current) => ({ ...draft, groupIds: current.groupIds }));
}

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
