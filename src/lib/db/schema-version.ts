/**
 * The schema version this app writes. Apart from the schema's history (schema.ts), which ends
 * at it (a test keeps the two in step), because every page checks the version on disk as it
 * starts, before any database code is loaded.
 */
export const LATEST_VERSION = 3;

/** Data a newer version of the app wrote: this one cannot read it and must not change it. */
export class NewerDatabaseError extends Error {
	constructor(
		readonly found: number,
		readonly supported: number
	) {
		super(`The data was saved by a newer version of the app (schema ${found} > ${supported})`);
		this.name = 'VersionError';
	}
}
