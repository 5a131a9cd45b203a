import { getVaultSettings, readVaultSettings } from './vault-settings';
import { vault } from './vault.svelte';

const ACTIVITY = ['pointerdown', 'keydown', 'input', 'scroll', 'wheel'] as const;
const CHECK_EVERY_MS = 15_000;

/**
 * Locks after the app has been hidden or unused for as long as the user chose. Timers are
 * throttled while a page is hidden, so the time is checked again whenever it comes back.
 * Started once the vault is unlocked (VaultGate), with the settings read from then on.
 */
export function startAutoLock(): () => void {
	let hiddenAt: number | undefined;
	let lastActive = Date.now();
	// In memory from now on: a check made the moment the page is hidden reads them at once.
	void readVaultSettings().catch(() => {});
	const minutes = (value: number) => value * 60_000;

	const due = (): boolean => {
		const settings = getVaultSettings();
		if (vault.status !== 'unlocked' || !settings) return false;
		const now = Date.now();
		if (hiddenAt !== undefined && now - hiddenAt >= minutes(settings.lockAfterHiddenMinutes)) {
			return true;
		}
		const idle = settings.lockAfterIdleMinutes;
		return idle !== null && now - lastActive >= minutes(idle);
	};
	const check = () => {
		if (due()) void vault.lock();
	};
	const onVisibility = () => {
		const hidden = document.visibilityState === 'hidden';
		if (hidden) hiddenAt = Date.now();
		check();
		if (!hidden) hiddenAt = undefined;
	};
	const onActivity = () => (lastActive = Date.now());

	document.addEventListener('visibilitychange', onVisibility);
	for (const type of ACTIVITY) addEventListener(type, onActivity, { passive: true, capture: true });
	const timer = setInterval(check, CHECK_EVERY_MS);
	return () => {
		document.removeEventListener('visibilitychange', onVisibility);
		for (const type of ACTIVITY) removeEventListener(type, onActivity, { capture: true });
		clearInterval(timer);
	};
}
