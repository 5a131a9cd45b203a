import { m } from '$lib/paraglide/messages';
import type { Contact } from './contacts';
import type { ContactPhone } from './contact-types';
import { primaryPhone } from './phone-numbers';
import { SELF } from './phone-trees';

/** Names and numbers of the people in a tree; the root may be "me", who is not a contact. */
export interface TreePeople {
	name(id: string): string;
	phone(id: string): ContactPhone | undefined;
}

export function treePeople(contacts: Contact[]): TreePeople {
	const byId = new Map(contacts.map((contact) => [contact.id, contact]));
	return {
		name: (id) => (id === SELF ? m.rr_tree_you() : byId.get(id)?.data.name || m.rr_unnamed()),
		phone: (id) => {
			const contact = byId.get(id);
			return contact ? primaryPhone(contact.data.phones) : undefined;
		}
	};
}
