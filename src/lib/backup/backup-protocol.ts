import type { BackupProblem } from './backup-error';
import type { BackupPayload } from './payload';
import type { Progress } from './sealed-file';

/** What the page asks the backup worker; the worker is ended after each answer. */
export type BackupRequest =
	| { type: 'calibrate' }
	| { type: 'seal'; value: unknown; passphrase: string | null; workFactor: number }
	| { type: 'open-backup'; file: Uint8Array; passphrase: string }
	| { type: 'open-text'; file: Uint8Array; passphrase: string };

export type BackupReply =
	| { type: 'progress'; stage: Parameters<Progress>[0]; done: number }
	| { type: 'work-factor'; workFactor: number }
	| { type: 'sealed'; file: Uint8Array }
	| { type: 'backup'; payload: BackupPayload }
	| { type: 'text'; text: string }
	| { type: 'failed'; problem: BackupProblem | undefined; message: string };
