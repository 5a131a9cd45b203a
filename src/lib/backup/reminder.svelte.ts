/**
 * Whether the gentle backup reminder shows. Kept apart from the data layer so that the banner
 * can sit on every page without pulling the database into the first load: the check itself is
 * loaded when it runs.
 */
class BackupReminder {
	due = $state(false);
	days = $state(0);

	async check(now = Date.now()): Promise<void> {
		const { oldestUnsavedChange, readBackupStatus, reminderDue } = await import('./backup-status');
		const status = await readBackupStatus();
		const oldest = await oldestUnsavedChange(status.lastBackupAt ?? 0);
		this.days = status.reminderDays;
		this.due = reminderDue(status, oldest, now);
	}

	async later(): Promise<void> {
		this.due = false;
		const { snoozeReminder } = await import('./backup-status');
		await snoozeReminder();
	}
}

export const backupReminder = new BackupReminder();
