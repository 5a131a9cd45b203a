/** Small byte helpers for the vault header, which is stored as JSON-friendly base64 text. */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
	const binary = atob(text);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export const randomBytes = (length: number): Uint8Array<ArrayBuffer> =>
	crypto.getRandomValues(new Uint8Array(length));

export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
