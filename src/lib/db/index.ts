// The data layer's public face: features build on these, components never import Dexie.
export { collection, newId, type Collection, type CreateOptions } from './collection';
export { settingsRecord, type SettingsRecord } from './settings-record';
export type { Entity } from './codec';
export { recordStore, ChangeRefused, EditConflict } from './store.svelte';
export {
	firstScreens,
	recordsScreen,
	FIRST_SCREEN_ROWS,
	type SavedScreen
} from './first-screen.svelte';
export { registerFlusher, flushPendingWrites } from './pending-writes';
export { storageHealth, type StorageProblem } from './storage-health.svelte';
export { RecordNotFoundError, StorageFullError } from './errors';
export { NewerDatabaseError } from './schema-version';
export type { RecordKind } from './schema';
