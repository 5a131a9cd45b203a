/**
 * The database code (Dexie, the schema and its history), loaded by the first read or write: a
 * page is drawn and can be used before it arrives, and a page that shows no records never loads
 * it. Everything in memory (the decoded store) reaches the disk through this.
 */
export const disk = () => import('./database');
