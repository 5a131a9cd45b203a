import { browser } from '$app/environment';
import { vault } from '$lib/vault/vault.svelte';

// Every page is prerendered at build time; there is no server. Data lives in IndexedDB.
export const prerender = true;
export const trailingSlash = 'never';

/** Before anything renders, the vault says whether the records are open, locked or plain. */
export async function load(): Promise<void> {
	if (browser && vault.status === 'starting') await vault.start();
}
