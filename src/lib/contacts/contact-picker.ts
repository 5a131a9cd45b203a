import type { ContactDraft } from './contact-types';
import { cleanName } from './vcard-import';

/** What the Contact Picker API gives for each chosen contact (Chrome on Android). */
interface PickedContact {
	name?: string[];
	tel?: string[];
	email?: string[];
}

interface ContactsManager {
	select(
		properties: ('name' | 'tel' | 'email')[],
		options: { multiple: boolean }
	): Promise<PickedContact[]>;
}

function manager(): ContactsManager | undefined {
	if (typeof navigator === 'undefined' || typeof window === 'undefined') return undefined;
	if (!('ContactsManager' in window)) return undefined;
	return (navigator as Navigator & { contacts?: ContactsManager }).contacts;
}

/** The browser can open the phone's own contact list (Chrome on Android, not iOS or desktop). */
export const contactPickerAvailable = (): boolean => manager() !== undefined;

/** Turns picked contacts into drafts; a contact with no name is named by its number or email. */
export function pickedToDrafts(picked: PickedContact[]): ContactDraft[] {
	return picked.flatMap((contact) => {
		const phones = [...new Set((contact.tel ?? []).map(cleanName).filter((tel) => /\d/.test(tel)))];
		const emails = [...new Set((contact.email ?? []).map(cleanName).filter(Boolean))];
		const name = (contact.name ?? []).map(cleanName).find(Boolean) ?? phones[0] ?? emails[0] ?? '';
		if (!name) return [];
		return [
			{
				name,
				phones: phones.map((value) => ({ value })),
				emails,
				roles: [],
				languages: [],
				groupIds: []
			}
		];
	});
}

/** Opens the phone's picker; resolves with [] when the user closes it without choosing. */
export async function pickContacts(): Promise<ContactDraft[]> {
	const contacts = manager();
	if (!contacts) return [];
	return pickedToDrafts(await contacts.select(['name', 'tel', 'email'], { multiple: true }));
}
