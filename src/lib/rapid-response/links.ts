/** Addresses of the rapid-response pages for its own records (read from the query string). */
export const incidentHref = (id: string): string => `/rapid-response/incidents/incident?id=${id}`;
/** An alert being composed: the address a dropped tab comes back to. */
export const alertEditHref = (id: string): string => `/rapid-response/alert?id=${id}`;
