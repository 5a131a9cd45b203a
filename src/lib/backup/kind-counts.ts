import type { RecordKind } from '$lib/db/schema';
import { m } from '$lib/paraglide/messages';
import type { KindCounts } from './payload';
import type { BackupProblem } from './backup-error';
import { problemOf } from './backup-error';

/** "3 notes, 1 contact": the shell's per-kind count phrases, in the order of RECORD_KINDS. */
const phrase: Record<RecordKind, (inputs: { count: number }) => string> = {
	note: m.unreadable_note,
	checklist: m.unreadable_checklist,
	contact: m.unreadable_contact,
	'contact-group': m.unreadable_contact_group,
	alert: m.unreadable_alert,
	'phone-tree': m.unreadable_phone_tree,
	incident: m.unreadable_incident,
	'resolution-draft': m.unreadable_resolution_draft,
	settings: m.unreadable_settings
};

export function kindCountText(counts: KindCounts): string {
	const parts = (Object.keys(phrase) as RecordKind[])
		.filter((kind) => (counts[kind] ?? 0) > 0)
		.map((kind) => phrase[kind]({ count: counts[kind]! }));
	return parts.length > 0 ? parts.join(', ') : m.backup_nothing();
}

const problemText: Record<BackupProblem, () => string> = {
	'not-age': m.problem_not_age,
	truncated: m.problem_truncated,
	'work-factor': m.problem_work_factor,
	'needs-passphrase': m.problem_needs_passphrase,
	'wrong-passphrase': m.problem_wrong_passphrase,
	'invalid-json': m.problem_invalid_json,
	'not-backup': m.problem_not_backup,
	'newer-format': m.problem_newer_format,
	'wrong-shape': m.problem_wrong_shape,
	'duplicate-id': m.problem_duplicate_id,
	'too-large': m.problem_too_large,
	'counts-differ': m.problem_counts_differ,
	'verify-failed': m.problem_verify_failed
};

/** A clear sentence for why a file could not be read or restored. */
export function problemMessage(error: unknown): string {
	const problem = problemOf(error);
	return problem ? problemText[problem]() : m.problem_unknown();
}
