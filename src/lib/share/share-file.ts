import { deviceWorkFactor, runInWorker } from '$lib/backup/backup-worker-client';
import type { Progress } from '$lib/backup/sealed-file';
import { downloadFile } from '$lib/ui/share';
import { parseShare, type SharePayload, type SharedThing } from './share-payload';

/** A share as a file: an age file when a passphrase is given, plain JSON otherwise. */
export async function shareFile(
	payload: SharePayload,
	passphrase: string,
	progress?: Progress
): Promise<File> {
	const sealed = passphrase !== '';
	const answer = await runInWorker(
		{
			type: 'seal',
			value: payload,
			passphrase: sealed ? passphrase : null,
			workFactor: sealed ? await deviceWorkFactor() : 0
		},
		progress
	);
	if (answer.type !== 'sealed') throw new Error(answer.type);
	return new File(
		[answer.file as Uint8Array<ArrayBuffer>],
		`rank-and-file-${fileStem[payload.thing]}.${sealed ? 'age' : 'json'}`,
		{ type: sealed ? 'application/octet-stream' : 'application/json' }
	);
}

const fileStem: Record<SharedThing, string> = {
	checklist: 'checklist',
	'resolution-draft': 'resolution',
	'contact-group': 'group',
	'phone-tree': 'phone-tree',
	alert: 'alert-template'
};

/** Opens a shared file (decrypting it in the worker when it is an age file) and checks it. */
export async function readShareFile(
	file: Uint8Array,
	passphrase: string,
	progress?: Progress
): Promise<SharePayload> {
	const answer = await runInWorker({ type: 'open-text', file, passphrase }, progress);
	if (answer.type !== 'text') throw new Error(answer.type);
	return parseShare(answer.text);
}

export type SendOutcome = 'shared' | 'saved' | 'cancelled';

/** The system share sheet with the file where it takes files, else a download. */
export async function sendFile(file: File): Promise<SendOutcome> {
	if (navigator.canShare?.({ files: [file] })) {
		try {
			await navigator.share({ files: [file] });
			return 'shared';
		} catch (error) {
			if ((error as Error).name === 'AbortError') return 'cancelled';
		}
	}
	downloadFile(file.name, file);
	return 'saved';
}
