import { BackupError } from './backup-error';
import type { BackupReply, BackupRequest } from './backup-protocol';
import type { Progress } from './sealed-file';

type Answer = Exclude<BackupReply, { type: 'progress' | 'failed' }>;

/** Runs one request in a fresh backup worker, which is ended once it answers. */
export function runInWorker(
	request: BackupRequest,
	progress: Progress = () => {},
	transfer: Transferable[] = []
): Promise<Answer> {
	const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' });
	return new Promise<Answer>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<BackupReply>) => {
			const message = event.data;
			if (message.type === 'progress') return progress(message.stage, message.done);
			worker.terminate();
			if (message.type === 'failed') {
				reject(message.problem ? new BackupError(message.problem) : new Error(message.message));
			} else resolve(message);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message));
		};
		worker.postMessage(request, transfer);
	});
}

let workFactor: Promise<number> | undefined;

/** The scrypt work factor for this device, timed once per session (about a second). */
export function deviceWorkFactor(): Promise<number> {
	workFactor ??= runInWorker({ type: 'calibrate' }).then((answer) =>
		answer.type === 'work-factor' ? answer.workFactor : Promise.reject(new Error(answer.type))
	);
	workFactor.catch(() => (workFactor = undefined));
	return workFactor;
}
