import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCredential, getCredential, rehearsalCredentialIds } from '../src/features/pc/webauthn.js';
import type { WorldSnapshot } from '@eulogin-coach/simulator';

/** The browser's WebAuthn, as far as the coach uses it: records the options it is given. */
class FakePublicKeyCredential {
  constructor(readonly rawId: ArrayBuffer) {}
}

function fakeBrowser(answer: () => Promise<unknown>) {
  const create = vi.fn<(options: CredentialCreationOptions) => Promise<unknown>>(answer);
  const get = vi.fn<(options: CredentialRequestOptions) => Promise<unknown>>(answer);
  vi.stubGlobal('PublicKeyCredential', FakePublicKeyCredential);
  vi.stubGlobal('navigator', { ...navigator, credentials: { create, get } });
  return { create, get };
}

const bytes = (...values: number[]) => Uint8Array.from(values);
const idOf = (descriptor: PublicKeyCredentialDescriptor) => [...new Uint8Array(descriptor.id as ArrayBuffer)];

afterEach(() => vi.unstubAllGlobals());

describe('the real security key practice', () => {
  it('asks for a non-resident credential with a neutral label, excluding the keys already registered', async () => {
    const { create } = fakeBrowser(() => Promise.resolve(new FakePublicKeyCredential(bytes(1, 2, 255).buffer)));
    const outcome = await createCredential({
      label: 'Practice',
      platform: false,
      // Two ids of the rehearsal, and two a tampered save could hold: not base64url, and far too long.
      exclude: ['AQID', '_w', 'not base64!', 'A'.repeat(2000)],
    });
    expect(outcome).toEqual({ kind: 'created', credentialId: 'AQL_' });
    const publicKey = create.mock.calls[0]?.[0].publicKey;
    expect(publicKey?.authenticatorSelection).toMatchObject({ residentKey: 'discouraged', requireResidentKey: false });
    expect(publicKey?.user.name).toBe('Practice');
    expect(publicKey?.user.displayName).toBe('Practice');
    expect(publicKey?.excludeCredentials?.map(idOf)).toEqual([[1, 2, 3], [255]]);
  });

  it('uses the same user id in every rehearsal, so a key that keeps it anyway does not fill up', async () => {
    const { create } = fakeBrowser(() => Promise.resolve(new FakePublicKeyCredential(bytes(9).buffer)));
    await createCredential({ label: 'Practice', platform: true, exclude: [] });
    await createCredential({ label: 'Practice', platform: true, exclude: [] });
    const [first, second] = create.mock.calls.map((call) => call[0].publicKey?.user.id);
    expect(first).toEqual(second);
  });

  it('says so when the browser refuses a key already registered, and fails quietly otherwise', async () => {
    fakeBrowser(() => Promise.reject(new DOMException('excluded', 'InvalidStateError')));
    expect(await createCredential({ label: 'Practice', platform: false, exclude: ['AQID'] })).toEqual({
      kind: 'alreadyRegistered',
    });
    fakeBrowser(() => Promise.reject(new DOMException('cancelled', 'NotAllowedError')));
    expect(await createCredential({ label: 'Practice', platform: false, exclude: [] })).toEqual({ kind: 'failed' });
    expect(await getCredential({ allow: ['AQID'] })).toEqual({ kind: 'failed' });
  });

  it("signs in naming the account's credentials, so a non-resident credential can be found", async () => {
    const { get } = fakeBrowser(() => Promise.resolve(new FakePublicKeyCredential(bytes(1, 2, 3).buffer)));
    expect(await getCredential({ allow: ['AQID'] })).toEqual({ kind: 'signed', credentialId: 'AQID' });
    expect(get.mock.calls[0]?.[0].publicKey?.allowCredentials?.map(idOf)).toEqual([[1, 2, 3]]);
  });

  it("takes the account's own credential ids from the rehearsal's world, else every account's", () => {
    const key = (credentialId: string) => ({
      id: credentialId,
      name: 'k',
      kind: 'securityKey',
      credentialId,
      addedAt: 0,
    });
    const world = {
      accounts: {
        a: { email: 'Alex@Example.org', keys: [key('AQID')] },
        b: { email: 'sam@example.org', keys: [key('BAUG')] },
      },
    } as unknown as WorldSnapshot;
    expect(rehearsalCredentialIds(world, ' alex@example.org')).toEqual(['AQID']);
    expect(rehearsalCredentialIds(world)).toEqual(['AQID', 'BAUG']);
    expect(rehearsalCredentialIds(world, 'nobody@example.org')).toEqual(['AQID', 'BAUG']);
    expect(rehearsalCredentialIds(null)).toEqual([]);
  });
});
