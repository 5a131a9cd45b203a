export interface ContactPhone {
	value: string;
	/** cell, home, work, fax, pager, main, other, or a custom label from the source app. */
	label?: string;
}

/** A contact as it is edited or imported, before it gets an id in the local database. */
export interface ContactDraft {
	/** Display name (FN, or built from N). */
	name: string;
	phones: ContactPhone[];
	emails: string[];
	/** Messaging handle (X-SIGNAL, IMPP and the like), as the source gave it. */
	handle?: string;
	/** Role ids; a vCard never carries them, so empty on import. */
	roles: string[];
	/** BCP 47 tags from LANG, else []. */
	languages: string[];
	/** The locality of an ADR, when there is one. */
	neighborhood?: string;
	availability?: string;
	/** NOTE */
	notes?: string;
	/** Empty on import. */
	groupIds: string[];
}
