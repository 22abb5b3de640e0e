import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Bytes(text: string): Buffer {
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) {
    const value = BASE32.indexOf(c);
    if (value < 0) throw new Error(`not base32: ${c}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/**
 * The code a standard authenticator app (RFC 6238: HMAC-SHA1) shows at `now` for a base32 `secret`, written here
 * from the RFC rather than taken from the simulator, as a person's own app would work it out.
 */
export function codeForSecret(secret: string, now: number, digits = 6, periodSeconds = 30): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / (periodSeconds * 1000))));
  const mac = createHmac('sha1', base32Bytes(secret)).update(counter).digest();
  const offset = mac.readUInt8(mac.length - 1) & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** digits).padStart(digits, '0');
}

/** What an authenticator app that read `otpauthUri` (its secret, digits and period) shows at `now`. */
export function authenticatorCode(otpauthUri: string, now: number): string {
  const params = new URL(otpauthUri).searchParams;
  return codeForSecret(
    params.get('secret') ?? '',
    now,
    Number(params.get('digits') ?? '6'),
    Number(params.get('period') ?? '30'),
  );
}

/** Whether a code accepted at one moment may still be valid (for the same 30-second step, give or take) at the other. */
export function sameCodeWindow(a: number, b: number): boolean {
  return Math.abs(Math.floor(a / 30_000) - Math.floor(b / 30_000)) <= 2;
}
