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
 * What a standard authenticator app (RFC 6238: HMAC-SHA1, 30-second steps) that read `otpauthUri` shows at `now`,
 * written here from the RFC rather than taken from the simulator, as a person's own app would be.
 */
export function authenticatorCode(otpauthUri: string, now: number): string {
  const params = new URL(otpauthUri).searchParams;
  const digits = Number(params.get('digits') ?? '6');
  const period = Number(params.get('period') ?? '30');
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(now / (period * 1000))));
  const mac = createHmac('sha1', base32Bytes(params.get('secret') ?? ''))
    .update(counter)
    .digest();
  const offset = mac.readUInt8(mac.length - 1) & 0x0f;
  const value = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(value % 10 ** digits).padStart(digits, '0');
}
