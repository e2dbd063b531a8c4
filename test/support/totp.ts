// Time-based one-time passwords for tests, written by hand from RFC 6238 (TOTP) and RFC 4226 (HOTP) with
// node:crypto alone: the extension uses the `otpauth` package, and a test must not check the code under
// test with that code's own library. Cognito's authenticator codes are the RFC's defaults: HMAC-SHA-1,
// 6 digits, 30-second steps counted from the Unix epoch (developer guide, "TOTP software token MFA": any
// app that implements RFC 6238 works), and the secret is the base32 SecretCode AssociateSoftwareToken answers.
import { createHmac } from 'node:crypto';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const TOTP_STEP_SECONDS = 30;
export const TOTP_DIGITS = 6;

/** The bytes a base32 string (RFC 4648 §6, upper or lower case, `=` padding and spaces ignored) spells. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new Error(`totp: ${JSON.stringify(char)} is not a base32 character`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((value >>> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

/** base32 of `bytes`, without padding (how Cognito writes SecretCode). */
export function base32Encode(bytes: Buffer): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += BASE32[(value >>> bits) & 31];
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

/** HOTP (RFC 4226 §5.3): HMAC-SHA-1 of the 8-byte big-endian counter, dynamically truncated, mod 10^digits. */
export function hotp(key: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(message).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const binary = ((mac[offset] & 0x7f) << 24) | (mac[offset + 1] << 16) | (mac[offset + 2] << 8) | mac[offset + 3];
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** The TOTP step (RFC 6238 §4.2, T = floor(unix seconds / 30)) an instant falls in. */
export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_STEP_SECONDS);
}

/** The 6-digit code an authenticator app shows at `atMs` for this base32 secret. */
export function totpCode(base32Secret: string, atMs: number = Date.now()): string {
  return hotp(base32Decode(base32Secret), totpStep(atMs));
}
