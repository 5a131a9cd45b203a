// The data layer's public face: features build on these, components never import Dexie.
export { collection, newId, RecordNotFoundError, type Collection } from './collection';
export type { Entity } from './codec';
export { live, Live } from './live.svelte';
export { registerFlusher, flushPendingWrites } from './pending-writes';
export { storageHealth, type StorageProblem } from './storage-health.svelte';
export { StorageFullError } from './errors';
export type { RecordKind } from './schema';
