import { collection, EditConflict, RecordNotFoundError } from '$lib/db';

/** How the vault behaves, kept in a 'settings' record (encrypted like any other when locked). */
export interface VaultSettings {
	/** Minutes hidden before the app locks itself; 0 locks the moment it is hidden. */
	lockAfterHiddenMinutes: number;
	/** Minutes without a touch or key before the app locks itself; null never. */
	lockAfterIdleMinutes: number | null;
	/** Panic erases everything instead of only locking (opt-in). */
	eraseOnPanic: boolean;
	/** When the user said "not now" to setting up a passphrase. */
	offerDismissedAt?: number;
}

export const HIDDEN_CHOICES = [0, 1, 5, 15, 60] as const;
export const IDLE_CHOICES = [null, 5, 15, 30, 60] as const;

const defaults: VaultSettings = {
	lockAfterHiddenMinutes: 5,
	lockAfterIdleMinutes: 15,
	eraseOnPanic: false
};

const SETTINGS_ID = 'vault';
const settings = collection<Partial<VaultSettings>>('settings');

/** The vault's settings with defaults; undefined while loading. */
export function getVaultSettings(): VaultSettings | undefined {
	const found = settings.get(SETTINGS_ID);
	return found === undefined ? undefined : { ...defaults, ...found?.data };
}

export async function changeVaultSettings(change: Partial<VaultSettings>): Promise<void> {
	const apply = (data: Partial<VaultSettings>) => ({ ...data, ...change });
	await settings.ready();
	try {
		await settings.update(SETTINGS_ID, apply);
	} catch (error) {
		if (!(error instanceof RecordNotFoundError)) throw error;
		try {
			await settings.create(apply({}), { id: SETTINGS_ID });
		} catch (conflict) {
			// Another tab made the record in between: change that one.
			if (!(conflict instanceof EditConflict)) throw conflict;
			await settings.update(SETTINGS_ID, apply);
		}
	}
}
