import type { Checklist } from './model';

/**
 * The checklist deleted last, so the Strike school page can offer undo after the checklist's
 * own page, where it was deleted, has gone.
 */
export const recentlyDeleted = $state<{ checklist?: Checklist }>({});
