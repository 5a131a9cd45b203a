import { m } from '$lib/paraglide/messages';
import type { ContactDraft } from './contact-types';
import type { Contact } from './contacts';
import { findDuplicates, type ImportError, type ImportWarning } from './vcard-import';

/** One contact found in a file or picked from the phone, before anything is saved. */
export interface PreviewRow {
	draft: ContactDraft;
	/** Names of saved contacts that look like the same person. */
	duplicateOf: string[];
	/** Duplicates start unticked: saving them again would make two of one person. */
	selected: boolean;
}

/** Positions of the contacts whose card had no END: the file stopped inside them. */
function cutShort(warnings: ImportWarning[]): Set<number> {
	return new Set(warnings.filter((w) => w.code === 'missing-end').map((w) => w.index));
}

/**
 * A contact the file stopped inside of starts unticked too: it may be missing a number. The
 * warnings are those of the file the drafts came from (none for the phone's picker).
 */
export function previewRows(
	drafts: ContactDraft[],
	existing: Contact[],
	warnings: ImportWarning[] = []
): PreviewRow[] {
	const duplicates = findDuplicates(
		drafts,
		existing.map((contact) => ({ id: contact.id, ...contact.data }))
	);
	const nameOf = new Map(existing.map((contact) => [contact.id, contact.data.name]));
	const cut = cutShort(warnings);
	return drafts.map((draft, index) => {
		const duplicateOf = (duplicates.get(index) ?? []).map((id) => nameOf.get(id) ?? '');
		return { draft, duplicateOf, selected: duplicateOf.length === 0 && !cut.has(index) };
	});
}

/** What went wrong, for the user; the file saved nothing. */
export function importErrorMessage(error: ImportError): string {
	switch (error.code) {
		case 'empty':
			return m.rr_import_error_empty();
		case 'not-vcard':
			return m.rr_import_error_not_vcard();
		case 'unreadable-encoding':
			return m.rr_import_error_encoding();
		case 'no-contacts':
			return m.rr_import_error_no_contacts();
		case 'too-large':
			return m.rr_import_error_too_large();
	}
}

/** A cut-short warning names this many contacts at most; a long list would bury the rest. */
const MAX_NAMED = 3;

/**
 * Notes on what the import could not read cleanly, each said once. A file that stops inside a
 * card names that contact: it is not always the last one in the list (a card whose END was lost
 * holds the cards after it).
 */
export function importWarningMessages(warnings: ImportWarning[], drafts: ContactDraft[]): string[] {
	const codes = new Set(warnings.map((warning) => warning.code));
	const skipped = warnings.filter((warning) => warning.code === 'skipped-card').length;
	const cut = [...cutShort(warnings)].map((index) => drafts[index]?.name ?? '');
	const messages: string[] = [];
	if (codes.has('charset-guessed')) messages.push(m.rr_import_warn_charset());
	if (cut.length > 0) {
		const named = cut.slice(0, MAX_NAMED).join(', ') + (cut.length > MAX_NAMED ? ', …' : '');
		messages.push(m.rr_import_warn_missing_end({ count: cut.length, names: named }));
	}
	if (skipped > 0) messages.push(m.rr_import_warn_skipped({ count: skipped }));
	return messages;
}
