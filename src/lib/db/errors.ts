/** Errors the data layer turns IndexedDB's many failure shapes into. */
export class StorageFullError extends Error {
	constructor(cause: unknown) {
		super('The device has no room left to save this change', { cause });
		this.name = 'StorageFullError';
	}
}

export class RecordNotFoundError extends Error {
	constructor(readonly id: string) {
		super(`No record ${id}`);
		this.name = 'RecordNotFoundError';
	}
}

interface ErrorLike {
	name?: string;
	inner?: unknown;
	failures?: unknown[];
}

function names(error: unknown, depth = 0): string[] {
	if (!error || typeof error !== 'object' || depth > 4) return [];
	const e = error as ErrorLike;
	return [
		e.name ?? '',
		...names(e.inner, depth + 1),
		...(e.failures ?? []).flatMap((f) => names(f, depth + 1))
	];
}

/** Dexie wraps the DOMException; Chrome sometimes reports a full disk as an AbortError's inner. */
export function isQuotaError(error: unknown): boolean {
	return names(error).includes('QuotaExceededError');
}

export function isClosedError(error: unknown): boolean {
	return names(error).includes('DatabaseClosedError');
}

export function isNewerVersionError(error: unknown): boolean {
	return names(error).includes('VersionError');
}
