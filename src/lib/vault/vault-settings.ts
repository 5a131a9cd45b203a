import { settingsRecord } from '$lib/db';

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

const settings = settingsRecord<VaultSettings>('vault', defaults);

/** The vault's settings with defaults; undefined while loading. */
export const getVaultSettings = (): VaultSettings | undefined => settings.get();

/** The vault's settings once they are in memory (read from the database if need be). */
export const readVaultSettings = (): Promise<VaultSettings> => settings.read();

export async function changeVaultSettings(change: Partial<VaultSettings>): Promise<void> {
	await settings.update((current) => ({ ...current, ...change }));
}
