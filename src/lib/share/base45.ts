/**
 * Base45 (RFC 9285): bytes as characters of the QR code's alphanumeric mode, which packs two
 * characters into 11 bits. Two bytes become three characters, a last odd byte two.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const VALUE = new Map([...ALPHABET].map((char, index) => [char, index]));

export function encodeBase45(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		const n = bytes[i]! * 256 + bytes[i + 1]!;
		out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45) % 45]! + ALPHABET[Math.floor(n / 2025)]!;
	}
	if (bytes.length % 2 === 1) {
		const n = bytes[bytes.length - 1]!;
		out += ALPHABET[n % 45]! + ALPHABET[Math.floor(n / 45)]!;
	}
	return out;
}

export class Base45Error extends Error {
	constructor() {
		super('Not base45 text');
		this.name = 'Base45Error';
	}
}

export function decodeBase45(text: string): Uint8Array {
	if (text.length % 3 === 1) throw new Base45Error();
	const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
	const digit = (char: string) => {
		const value = VALUE.get(char);
		if (value === undefined) throw new Base45Error();
		return value;
	};
	let o = 0;
	for (let i = 0; i < text.length; i += 3) {
		const group = text.slice(i, i + 3);
		let n = digit(group[0]!) + digit(group[1]!) * 45;
		if (group.length === 3) {
			n += digit(group[2]!) * 2025;
			if (n > 0xffff) throw new Base45Error();
			out[o++] = n >> 8;
			out[o++] = n & 0xff;
		} else {
			if (n > 0xff) throw new Base45Error();
			out[o++] = n;
		}
	}
	return out;
}
