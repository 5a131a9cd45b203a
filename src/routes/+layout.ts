// Every page is prerendered at build time; there is no server. Data lives in IndexedDB.
export const prerender = true;
export const trailingSlash = 'never';
