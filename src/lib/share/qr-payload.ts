import { correction, generate, mode, type Bitmap2D } from 'lean-qr';
import { decodeBase45, encodeBase45 } from './base45';
import { compactShare, parseShare, ShareError, type SharePayload } from './share-payload';

/** Marks a QR code as ours; all of it is in the QR alphanumeric set, like base45. */
const PREFIX = 'RF1:';
/** Past version 25 (117×117 modules) a phone camera struggles: larger items go as a file. */
export const MAX_QR_VERSION = 25;

async function through(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
	const out = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream);
	return new Uint8Array(await new Response(out).arrayBuffer());
}

/** A share as QR text: compact JSON, deflate-raw, base45. */
export async function shareToQrText(payload: SharePayload): Promise<string> {
	const json = new TextEncoder().encode(JSON.stringify(compactShare(payload)));
	return PREFIX + encodeBase45(await through(json, new CompressionStream('deflate-raw')));
}

export async function shareFromQrText(text: string): Promise<SharePayload> {
	if (!text.startsWith(PREFIX)) throw new ShareError('not-share');
	let json: Uint8Array;
	try {
		json = await through(
			decodeBase45(text.slice(PREFIX.length)),
			new DecompressionStream('deflate-raw')
		);
	} catch {
		throw new ShareError('not-share');
	}
	return parseShare(new TextDecoder().decode(json));
}

/** The QR code for the text at error correction M, or undefined when it needs more than version 25. */
export function qrCode(text: string): Bitmap2D | undefined {
	try {
		return generate(mode.alphaNumeric(text), {
			minCorrectionLevel: correction.M,
			maxCorrectionLevel: correction.M,
			maxVersion: MAX_QR_VERSION
		});
	} catch {
		return undefined;
	}
}

/** A QR code's version from its size in modules. */
export const qrVersion = (code: Bitmap2D): number => (code.size - 17) / 4;
