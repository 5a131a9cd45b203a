/**
 * The search page's last query, kept in memory only, so that Back to the search still shows it
 * within the session. Never in the address: the browser keeps every address on disk (History,
 * the saved session), outside the vault. Nor in sessionStorage, which is on disk too.
 */
export const lastQuery = $state({ text: '' });
