/** Addresses of the rapid-response pages for its own records (read from the query string). */
export const incidentHref = (id: string): string => `/rapid-response/incidents/incident?id=${id}`;
