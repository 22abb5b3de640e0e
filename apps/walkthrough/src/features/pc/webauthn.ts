import type { WorldSnapshot } from '@eulogin-coach/simulator';

/**
 * The browser's real WebAuthn, for people who want to try their own security key or Windows Hello / Touch ID.
 *
 * Practice, not authentication: the coach keeps only the credential id (base64url) and, at sign-in, checks that
 * the key answering holds one of the ids of this rehearsal. It never checks a signature.
 *
 * Gentle on the person's real key: the credential is not a passkey (`residentKey: 'discouraged'`, so a security
 * key keeps nothing in its limited slots), it carries no personal data (a neutral practice label and the same
 * user id in every rehearsal, so a platform authenticator that keeps it anyway replaces the last one instead of
 * piling up), and a key already registered in this rehearsal is refused by the browser (`excludeCredentials`).
 */
export function hasWebAuthn(): boolean {
  return typeof window !== 'undefined' && 'PublicKeyCredential' in window && !!navigator.credentials;
}

export type CreateOutcome =
  | { readonly kind: 'created'; readonly credentialId: string }
  /** The key already holds a credential of this rehearsal: the browser refused to register it twice. */
  | { readonly kind: 'alreadyRegistered' }
  /** Cancelled, timed out, or no usable key. */
  | { readonly kind: 'failed' };

export type GetOutcome = { readonly kind: 'signed'; readonly credentialId: string } | { readonly kind: 'failed' };

/** The same in every rehearsal, and nothing about the person. */
const PRACTICE_USER_ID = new TextEncoder().encode('eulogin-coach-practice');
/** A credential id is at most 1023 bytes: 1364 base64url characters. */
const CREDENTIAL_ID = /^[A-Za-z0-9_-]{1,1364}$/;

function base64url(buffer: ArrayBuffer): string {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url credential id, or null for anything else (the ids come from saved, untrusted data). */
function fromBase64url(id: unknown): Uint8Array<ArrayBuffer> | null {
  if (typeof id !== 'string' || !CREDENTIAL_ID.test(id) || id.length % 4 === 1) return null;
  try {
    const binary = atob(id.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

function descriptors(ids: readonly string[]): PublicKeyCredentialDescriptor[] {
  return ids.flatMap((id) => {
    const bytes = fromBase64url(id);
    return bytes ? [{ type: 'public-key' as const, id: bytes }] : [];
  });
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(new ArrayBuffer(length)));
}

/**
 * The credential ids of the keys registered in this rehearsal's world: of the account of `email` when given (and
 * known), else of every account.
 */
export function rehearsalCredentialIds(world: WorldSnapshot | null, email?: string): string[] {
  const accounts = Object.values(world?.accounts ?? {});
  const wanted = email?.trim().toLowerCase();
  const own = accounts.filter((a) => a.email.trim().toLowerCase() === wanted);
  return (own.length ? own : accounts).flatMap((a) => a.keys.map((k) => k.credentialId));
}

export async function createCredential(options: {
  /** A neutral label for the practice credential (the site and user names the browser may show). */
  readonly label: string;
  readonly platform: boolean;
  /** The credential ids already registered in this rehearsal. */
  readonly exclude: readonly string[];
}): Promise<CreateOutcome> {
  try {
    const credential = await navigator.credentials.create({
      publicKey: {
        challenge: randomBytes(32),
        rp: { name: options.label, id: location.hostname },
        user: { id: PRACTICE_USER_ID, name: options.label, displayName: options.label },
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        excludeCredentials: descriptors(options.exclude),
        authenticatorSelection: {
          authenticatorAttachment: options.platform ? 'platform' : 'cross-platform',
          residentKey: 'discouraged',
          requireResidentKey: false,
          userVerification: 'preferred',
        },
        attestation: 'none',
        timeout: 60_000,
      },
    });
    if (!(credential instanceof PublicKeyCredential)) return { kind: 'failed' };
    return { kind: 'created', credentialId: base64url(credential.rawId) };
  } catch (error) {
    // What the browser answers when the key holds one of `excludeCredentials`.
    if (error instanceof DOMException && error.name === 'InvalidStateError') return { kind: 'alreadyRegistered' };
    return { kind: 'failed' };
  }
}

export async function getCredential(options: {
  /** The credential ids of the account's keys: a non-resident credential can only be found through its id. */
  readonly allow: readonly string[];
}): Promise<GetOutcome> {
  try {
    const credential = await navigator.credentials.get({
      publicKey: {
        challenge: randomBytes(32),
        rpId: location.hostname,
        allowCredentials: descriptors(options.allow),
        userVerification: 'preferred',
        timeout: 60_000,
      },
    });
    if (!(credential instanceof PublicKeyCredential)) return { kind: 'failed' };
    return { kind: 'signed', credentialId: base64url(credential.rawId) };
  } catch {
    return { kind: 'failed' };
  }
}
