import { fromBase64, randomBytes, toBase64, utf8 } from './bytes';
import { keyEncryptionKey } from './header-keys';

/**
 * Quick unlock through a passkey's WebAuthn PRF extension: the authenticator turns a salt we
 * keep into 32 secret bytes that only it can reproduce (after the fingerprint or screen lock);
 * they become a key that wraps a second copy of the data key. The passphrase stays the way in.
 */
export function passkeysSupported(): boolean {
	return typeof PublicKeyCredential === 'function' && isSecureContext;
}

type PrfResults = { results?: { first?: BufferSource }; enabled?: boolean };

function prfOf(credential: PublicKeyCredential): PrfResults | undefined {
	return (credential.getClientExtensionResults() as { prf?: PrfResults }).prf;
}

const base64Url = (bytes: Uint8Array) =>
	toBase64(bytes).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');

/** The key-encryption key from a PRF output (HKDF-SHA-256, bound to its purpose). */
async function kekFromPrf(output: BufferSource): Promise<CryptoKey> {
	const material = await crypto.subtle.importKey('raw', output, 'HKDF', false, ['deriveBits']);
	const bits = await crypto.subtle.deriveBits(
		{
			name: 'HKDF',
			hash: 'SHA-256',
			salt: new Uint8Array(32),
			info: utf8('rank-and-file/vault/1/passkey')
		},
		material,
		256
	);
	return keyEncryptionKey(new Uint8Array(bits));
}

async function evaluate(
	credentials: { credentialId: string; prfSalt: string }[]
): Promise<{ credentialId: string; kek: CryptoKey } | null> {
	const evalByCredential = Object.fromEntries(
		credentials.map((c) => [
			base64Url(fromBase64(c.credentialId)),
			{ first: fromBase64(c.prfSalt) }
		])
	);
	const credential = (await navigator.credentials.get({
		publicKey: {
			challenge: randomBytes(32),
			rpId: location.hostname,
			allowCredentials: credentials.map((c) => ({
				type: 'public-key',
				id: fromBase64(c.credentialId)
			})),
			userVerification: 'required',
			extensions: { prf: { evalByCredential } } as AuthenticationExtensionsClientInputs
		}
	})) as PublicKeyCredential | null;
	const output = credential && prfOf(credential)?.results?.first;
	if (!credential || !output) return null;
	return {
		credentialId: toBase64(new Uint8Array(credential.rawId)),
		kek: await kekFromPrf(output)
	};
}

/** Makes a passkey and returns its id, salt and key; null where PRF is not supported. */
export async function createPasskey(): Promise<{
	credentialId: string;
	prfSalt: string;
	kek: CryptoKey;
} | null> {
	const prfSalt = toBase64(randomBytes(32));
	const credential = (await navigator.credentials.create({
		publicKey: {
			rp: { name: 'Rank & File', id: location.hostname },
			user: { id: randomBytes(16), name: 'Rank & File', displayName: 'Rank & File' },
			challenge: randomBytes(32),
			pubKeyCredParams: [
				{ type: 'public-key', alg: -7 },
				{ type: 'public-key', alg: -257 }
			],
			authenticatorSelection: { residentKey: 'discouraged', userVerification: 'required' },
			extensions: {
				prf: { eval: { first: fromBase64(prfSalt) } }
			} as AuthenticationExtensionsClientInputs
		}
	})) as PublicKeyCredential | null;
	if (!credential) return null;
	const credentialId = toBase64(new Uint8Array(credential.rawId));
	const prf = prfOf(credential);
	if (prf?.results?.first)
		return { credentialId, prfSalt, kek: await kekFromPrf(prf.results.first) };
	if (!prf?.enabled) return null;
	// Some authenticators only evaluate the PRF when asked to sign in: ask once now.
	const evaluated = await evaluate([{ credentialId, prfSalt }]);
	return evaluated && { credentialId, prfSalt, kek: evaluated.kek };
}

export { evaluate as evaluatePasskeys };
