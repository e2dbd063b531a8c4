// The server half of SRP-6a as Amazon Cognito uses it for USER_SRP_AUTH, written from the protocol:
// the 3072-bit group of RFC 5054 (appendix A) with g = 2 and SHA-256; k = H(N | g); u = H(A | B);
// x = H(salt | H(poolName | userId | ":" | password)); v = g^x; B = k·v + g^b; S = (A·v^u)^b; the key is
// HKDF-SHA256(ikm = S, salt = u, info = "Caldera Derived Key") cut to 16 bytes; and the client proves it
// with PASSWORD_CLAIM_SIGNATURE = base64(HMAC-SHA256(key, poolName | userId | secretBlock | TIMESTAMP)).
// Every number is hashed as the bytes of its "padded hex": even length, plus a 00 byte when the top bit
// is set (Java's BigInteger.toByteArray, which Cognito's clients reproduce).
import { createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt(`0x${N_HEX}`);
export const G = 2n;

/** Even-length hex of a non-negative number, with a leading 00 byte when its top bit is set. */
export function padHex(value: bigint): string {
  let hex = value.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return /^[89a-f]/.test(hex) ? `00${hex}` : hex;
}

function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** H over the bytes that a padded-hex string spells, as a number. */
function hashOfHex(hex: string): bigint {
  return BigInt(`0x${sha256Hex(Buffer.from(hex, 'hex'))}`);
}

export function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

export const K = hashOfHex(padHex(N) + padHex(G));

/** x, the private key a password stands for: H(salt | H(poolName | userId | ":" | password)). */
export function passwordKey(poolName: string, userId: string, password: string, saltHex: string): bigint {
  const inner = sha256Hex(`${poolName}${userId}:${password}`);
  return hashOfHex(padHex(BigInt(`0x${saltHex}`)) + inner);
}

export function verifierOf(x: bigint): bigint {
  return modPow(G, x, N);
}

/** u = H(A | B). */
export function scrambler(a: bigint, b: bigint): bigint {
  return hashOfHex(padHex(a) + padHex(b));
}

/** The 16-byte key both sides derive from the shared secret S. */
export function derivedKey(s: bigint, u: bigint): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(padHex(s), 'hex'), Buffer.from(padHex(u), 'hex'), 'Caldera Derived Key', 16));
}

/** PASSWORD_CLAIM_SIGNATURE as base64. */
export function claimSignature(key: Buffer, poolName: string, userId: string, secretBlock: string, timestamp: string): string {
  const message = Buffer.concat([Buffer.from(poolName), Buffer.from(userId), Buffer.from(secretBlock, 'base64'), Buffer.from(timestamp)]);
  return createHmac('sha256', key).update(message).digest('base64');
}

/** One PASSWORD_VERIFIER exchange on the server side: B for the client, then the check of its signature. */
export class ServerSrpSession {
  readonly b: bigint;
  readonly bigB: bigint;
  private readonly u: bigint;

  /** `verifier` is v = g^x for the user's salt and password; `clientA` is SRP_A, already checked non-zero mod N. */
  constructor(
    private readonly verifier: bigint,
    private readonly clientA: bigint,
  ) {
    for (;;) {
      const b = BigInt(`0x${randomBytes(128).toString('hex')}`) % N;
      const bigB = (K * verifier + modPow(G, b, N)) % N;
      const u = scrambler(clientA, bigB);
      // SRP-6a: B ≡ 0 and u = 0 would let the client skip the password; draw again.
      if (b !== 0n && bigB !== 0n && u !== 0n) {
        this.b = b;
        this.bigB = bigB;
        this.u = u;
        return;
      }
    }
  }

  /** SRP_B as Cognito sends it: plain lower-case hex. */
  get srpB(): string {
    return this.bigB.toString(16);
  }

  /** Whether `signature` is what the holder of the password would have sent. */
  verify(signature: string, poolName: string, userId: string, secretBlock: string, timestamp: string): boolean {
    const s = modPow((this.clientA * modPow(this.verifier, this.u, N)) % N, this.b, N);
    const expected = Buffer.from(claimSignature(derivedKey(s, this.u), poolName, userId, secretBlock, timestamp), 'base64');
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

// TIMESTAMP is Java's "EEE MMM d HH:mm:ss z yyyy" in English, e.g. "Tue Sep 25 00:09:40 UTC 2018".
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TIMESTAMP = /^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) (\d{1,2}):(\d{1,2}):(\d{1,2}) (?:UTC|GMT) (\d{4})$/;

export function formatTimestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())}`;
  return `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} ${time} UTC ${date.getUTCFullYear()}`;
}

/** The instant a TIMESTAMP names, or undefined when it is not in Cognito's format. */
export function parseTimestamp(text: string): Date | undefined {
  const match = TIMESTAMP.exec(text);
  if (!match) return undefined;
  const [, , month, day, hours, minutes, seconds, year] = match;
  const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month), Number(day), Number(hours), Number(minutes), Number(seconds)));
  return Number.isNaN(date.getTime()) ? undefined : date;
}
