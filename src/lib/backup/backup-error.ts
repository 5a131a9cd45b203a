/** Why a backup or shared file cannot be read; each reason has its own message for the user. */
export type BackupProblem =
	| 'not-age'
	| 'truncated'
	| 'work-factor'
	| 'needs-passphrase'
	| 'wrong-passphrase'
	| 'invalid-json'
	| 'not-backup'
	| 'newer-format'
	| 'wrong-shape'
	| 'duplicate-id'
	| 'too-large'
	| 'counts-differ'
	| 'verify-failed';

export class BackupError extends Error {
	constructor(
		readonly problem: BackupProblem,
		detail = ''
	) {
		super(detail ? `${problem}: ${detail}` : problem);
		this.name = 'BackupError';
	}
}

/** The problem of an error that crossed a worker boundary as a plain object. */
export function problemOf(error: unknown): BackupProblem | undefined {
	if (error instanceof BackupError) return error.problem;
	if (error && typeof error === 'object' && 'problem' in error)
		return (error as { problem: BackupProblem }).problem;
	return undefined;
}
