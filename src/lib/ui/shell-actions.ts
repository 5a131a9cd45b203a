import { getContext, setContext, type Snippet } from 'svelte';

/**
 * Controls the app shell puts on every screen's header (lock, panic). The shell hands them down
 * through context so that shared components need not know the features that provide them.
 */
const KEY = Symbol('shell-actions');

export const provideShellActions = (actions: Snippet): void => void setContext(KEY, actions);

export const shellActions = (): Snippet | undefined => getContext<Snippet | undefined>(KEY);
