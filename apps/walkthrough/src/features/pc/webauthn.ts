/**
 * The browser's real WebAuthn, for people who want to try their own security key or Windows Hello / Touch ID.
 * Nothing leaves the browser: the coach only keeps the credential id, base64url-encoded.
 */
export function hasWebAuthn(): boolean {
  return typeof window !== 'undefined' && 'PublicKeyCredential' in window && !!navigator.credentials;
}

function base64url(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(new ArrayBuffer(length)));
}

export async function createCredential(options: {
  readonly email: string;
  readonly platform: boolean;
}): Promise<string> {
  const credential = (await navigator.credentials.create({
    publicKey: {
      challenge: randomBytes(32),
      rp: { name: 'EU Login coach (practice)', id: location.hostname },
      user: { id: randomBytes(16), name: options.email, displayName: options.email },
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: {
        authenticatorAttachment: options.platform ? 'platform' : 'cross-platform',
        residentKey: 'preferred',
        userVerification: 'preferred',
      },
      attestation: 'none',
      timeout: 60_000,
    },
  })) as PublicKeyCredential | null;
  if (!credential) throw new Error('no credential');
  return base64url(credential.rawId);
}

export async function getCredential(): Promise<string> {
  const credential = (await navigator.credentials.get({
    publicKey: { challenge: randomBytes(32), rpId: location.hostname, userVerification: 'preferred', timeout: 60_000 },
  })) as PublicKeyCredential | null;
  if (!credential) throw new Error('no credential');
  return base64url(credential.rawId);
}
