type Disk = typeof import('./database');

let loaded: Disk | undefined;

/**
 * The database code (Dexie, the schema and its history), loaded by the first read or write: a
 * page is drawn and can be used before it arrives, and a page that shows no records never loads
 * it. Everything in memory (the decoded store) reaches the disk through this.
 *
 * Once loaded it is handed over without going through `import()` again: that would put a task
 * between a keystroke's save and its write, and a reload in that gap would lose the keystroke.
 */
export function disk(): Promise<Disk> {
	if (loaded) return Promise.resolve(loaded);
	return import('./database').then((module) => (loaded = module));
}
