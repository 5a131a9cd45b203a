/// <reference lib="webworker" />
import { problemOf } from './backup-error';
import type { BackupReply, BackupRequest } from './backup-protocol';
import { parsePayload } from './payload';
import { calibrateWorkFactor, openToText, sealJson, type Progress } from './sealed-file';

/**
 * Serializing, scrypt and encryption of a whole backup take seconds: they run here, off the
 * page's thread, so the progress bar keeps moving and the page stays responsive.
 */
const reply = (message: BackupReply, transfer: Transferable[] = []) =>
	postMessage(message, { transfer });
const progress: Progress = (stage, done) => reply({ type: 'progress', stage, done });

async function handle(request: BackupRequest): Promise<void> {
	switch (request.type) {
		case 'calibrate':
			return reply({ type: 'work-factor', workFactor: await calibrateWorkFactor() });
		case 'seal': {
			const file = await sealJson(request.value, request.passphrase, request.workFactor, progress);
			return reply({ type: 'sealed', file }, [file.buffer]);
		}
		case 'open-backup': {
			const text = await openToText(request.file, request.passphrase, progress);
			return reply({ type: 'backup', payload: parsePayload(text) });
		}
		case 'open-text':
			return reply({
				type: 'text',
				text: await openToText(request.file, request.passphrase, progress)
			});
	}
}

onmessage = (event: MessageEvent<BackupRequest>) => {
	handle(event.data).catch((error: unknown) =>
		reply({
			type: 'failed',
			problem: problemOf(error),
			message: error instanceof Error ? error.message : String(error)
		})
	);
};
