/** Addresses of the network's pages for user records (read from the query string in the browser). */
export const contactHref = (id: string): string => `/rapid-response/contacts/contact?id=${id}`;
export const newContactHref = (groupId?: string): string =>
	`/rapid-response/contacts/contact${groupId ? `?group=${groupId}` : ''}`;
export const groupHref = (id: string): string => `/rapid-response/contacts/group?id=${id}`;
export const treeHref = (groupId: string): string => `/rapid-response/trees/tree?group=${groupId}`;
export const runHref = (groupId: string): string => `/rapid-response/trees/run?group=${groupId}`;
/** The alert composer with a group chosen: a group's page offers it. */
export const alertHref = (groupId: string): string => `/rapid-response/alert?group=${groupId}`;
