import { liveQuery } from 'dexie';

/**
 * The result of a Dexie live query, as reactive state for a component.
 * `current` is undefined until the first result arrives (render a placeholder, not "empty").
 */
export class Live<T> {
	current = $state.raw<T | undefined>(undefined);
	error = $state.raw<unknown>(undefined);

	get loading(): boolean {
		return this.current === undefined && this.error === undefined;
	}
}

/**
 * Subscribes a component to a query for as long as it is mounted.
 *
 * Dexie re-runs the query when the rows it read change, but it cannot see Svelte state: pass
 * anything the query depends on through `deps`, which Svelte tracks and which restarts the
 * subscription when it changes.
 */
export function live<T, D = void>(query: (deps: D) => Promise<T>, deps?: () => D): Live<T> {
	const result = new Live<T>();
	$effect(() => {
		const current = deps ? deps() : (undefined as D);
		const subscription = liveQuery(() => query(current)).subscribe({
			next: (value) => {
				result.current = value;
				result.error = undefined;
			},
			error: (error: unknown) => {
				result.error = error;
			}
		});
		return () => subscription.unsubscribe();
	});
	return result;
}
