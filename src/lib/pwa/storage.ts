export interface StorageReport {
	persisted: boolean | undefined;
	usage: number | undefined;
	quota: number | undefined;
}

/**
 * Asks the browser not to evict the app's data under storage pressure. Chrome grants it to
 * installed or often-used apps without a prompt; it is safe to ask on every start.
 */
export async function requestPersistence(): Promise<boolean> {
	if (!navigator.storage?.persist) return false;
	if (await navigator.storage.persisted()) return true;
	return navigator.storage.persist();
}

export async function storageReport(): Promise<StorageReport> {
	const storage = navigator.storage;
	if (!storage) return { persisted: undefined, usage: undefined, quota: undefined };
	const [persisted, estimate] = await Promise.all([
		storage.persisted?.(),
		storage.estimate?.() ?? Promise.resolve<StorageEstimate>({})
	]);
	return { persisted, usage: estimate.usage, quota: estimate.quota };
}
