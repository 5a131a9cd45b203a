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

export function previewRows(drafts: ContactDraft[], existing: Contact[]): PreviewRow[] {
	const duplicates = findDuplicates(
		drafts,
		existing.map((contact) => ({ id: contact.id, ...contact.data }))
	);
	const nameOf = new Map(existing.map((contact) => [contact.id, contact.data.name]));
	return drafts.map((draft, index) => {
		const duplicateOf = (duplicates.get(index) ?? []).map((id) => nameOf.get(id) ?? '');
		return { draft, duplicateOf, selected: duplicateOf.length === 0 };
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

/** File-wide notes on what the import could not read cleanly, each said once. */
export function importWarningMessages(warnings: ImportWarning[]): string[] {
	const codes = new Set(warnings.map((warning) => warning.code));
	const skipped = warnings.filter((warning) => warning.code === 'skipped-card').length;
	const messages: string[] = [];
	if (codes.has('charset-guessed')) messages.push(m.rr_import_warn_charset());
	if (codes.has('missing-end')) messages.push(m.rr_import_warn_missing_end());
	if (skipped > 0) messages.push(m.rr_import_warn_skipped({ count: skipped }));
	return messages;
}
