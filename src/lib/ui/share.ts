/** Ways to get text out of the app that work offline and never touch a server. */

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** The system share sheet where there is one (phones), otherwise the clipboard. */
export async function shareText(data: { title?: string; text: string }): Promise<ShareOutcome> {
	if (navigator.share && navigator.canShare?.(data) !== false) {
		try {
			await navigator.share(data);
			return 'shared';
		} catch (error) {
			if ((error as Error).name === 'AbortError') return 'cancelled';
		}
	}
	return (await copyText(data.text)) ? 'copied' : 'failed';
}

export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Saves text (or a blob) as a file through the browser's download. */
export function downloadFile(filename: string, content: string | Blob, type = 'text/plain'): void {
	const blob =
		typeof content === 'string' ? new Blob([content], { type: `${type};charset=utf-8` }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
