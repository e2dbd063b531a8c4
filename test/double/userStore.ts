// A pool's users: generated ones (`user000001`, … made from their index on demand, so 100,000 cost
// nothing), seeded ones, and those AdminCreateUser adds, each at a fixed index (listing order). A user
// some operation changed is kept as a full record beside the seeds; a deleted one leaves its index
// empty. Users are found by username (case-insensitive, as the pool's UsernameConfiguration says), and
// for the admin operations also by `sub`; in a pool whose UsernameAttributes are email and/or phone
// number, by those too (the developer guide: such an alias works "in all APIs except ListUsers").
import { createHash } from 'node:crypto';

export interface UserRecord {
  username: string;
  /** CONFIRMED, FORCE_CHANGE_PASSWORD, UNCONFIRMED, RESET_REQUIRED. */
  status: string;
  enabled: boolean;
  attributes: Record<string, string>;
  created: Date;
  modified: Date;
  /** The password sign-in checks (the temporary one in FORCE_CHANGE_PASSWORD). */
  password?: string;
  /** MFA settings; absent is none. */
  mfa?: UserMfa;
}

/** A user's MFA settings (SetUserMFAPreference, AdminSetUserMFAPreference, VerifySoftwareToken). */
export interface UserMfa {
  /** The MFA types turned on, of SMS_MFA, SOFTWARE_TOKEN_MFA, EMAIL_OTP. */
  enabled: MfaType[];
  preferred?: MfaType;
  /** The base32 secret of the verified authenticator, if any. */
  totpSecret?: string;
  /** A secret AssociateSoftwareToken (with an access token) handed out and VerifySoftwareToken has not yet verified. */
  pendingTotpSecret?: string;
  /** The user has a registered passkey (seeded only: the double does not model registering or checking one). */
  passkey?: boolean;
}

export type MfaType = 'SMS_MFA' | 'SOFTWARE_TOKEN_MFA' | 'EMAIL_OTP';

/**
 * An invitation (welcome message with the temporary password) as AdminCreateUser delivers it. API
 * reference, AdminCreateUser: "If MessageAction isn't set, the default is to send a welcome message via
 * email or phone (SMS)"; "you can call AdminCreateUser with SUPPRESS for the MessageAction parameter, and
 * Amazon Cognito won't send any email"; RESEND resends it "to a user that already exists";
 * DesiredDeliveryMediums: "Specify EMAIL if email will be used to send the welcome message. Specify SMS if
 * the phone number will be used. The default value is SMS. You can specify more than one value." The
 * double sends nothing; it records each delivery, so a test can see who would have been told a password.
 */
export interface InvitationRecord {
  /** The username as stored (the `sub` in a pool with UsernameAttributes). */
  username: string;
  medium: 'EMAIL' | 'SMS';
  /** The e-mail address or phone number it went to. */
  destination: string;
  action: 'created' | 'resent';
}

export interface UserSource {
  generated: number;
  /** Seeded users after the generated ones; `at(i)` gives seeded user i as a fresh record. */
  seeded: number;
  seededUser(i: number): UserRecord;
  generatedUser(n: number): UserRecord;
  /** Attributes that, with a value, find their user: `email` and/or `phone_number`, or none. */
  usernameAttributes: readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A UUID-shaped `sub`, stable for what it is made from. */
export function uuidFrom(text: string): string {
  const h = hash(text);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export class UserStore {
  /** Every invitation AdminCreateUser delivered, in order (see InvitationRecord). */
  readonly invitations: InvitationRecord[] = [];
  private readonly added: UserRecord[] = [];
  private readonly changed = new Map<number, UserRecord>();
  private readonly deleted = new Set<number>();
  /** Seeded and added users by lower-case username (an added user takes over a deleted one's name). */
  private readonly byName = new Map<string, number>();
  private subs?: Map<string, number>;
  private aliases?: Map<string, number>;

  constructor(private readonly source: UserSource) {
    for (let i = 0; i < source.seeded; i++) this.byName.set(source.seededUser(i).username.toLowerCase(), source.generated + i);
  }

  /** Indices handed out so far (deleted ones included): the listing's length. */
  get size(): number {
    return this.source.generated + this.source.seeded + this.added.length;
  }

  get liveCount(): number {
    return this.size - this.deleted.size;
  }

  /** User `index` as it is now, or as it was when deleted. */
  record(index: number): UserRecord {
    const changed = this.changed.get(index);
    if (changed) return changed;
    const { generated, seeded } = this.source;
    if (index < generated) return this.source.generatedUser(index + 1);
    if (index < generated + seeded) return this.source.seededUser(index - generated);
    return this.added[index - generated - seeded];
  }

  /** User `index` as a record of the caller's own (changing it changes nothing here). */
  copy(index: number): UserRecord {
    const stored = this.changed.get(index) ?? (index >= this.source.generated + this.source.seeded ? this.record(index) : undefined);
    return stored ? { ...stored, attributes: { ...stored.attributes } } : this.record(index);
  }

  isLive(index: number): boolean {
    return index >= 0 && index < this.size && (this.deleted.size === 0 || !this.deleted.has(index));
  }

  /** The live user a username names (any case). */
  findByUsername(username: string): number | undefined {
    const named = this.byName.get(username.toLowerCase());
    if (named !== undefined) return this.isLive(named) ? named : undefined;
    const generated = /^user(\d{6})$/i.exec(username);
    const n = generated ? Number(generated[1]) : 0;
    return n >= 1 && n <= this.source.generated && this.isLive(n - 1) ? n - 1 : undefined;
  }

  /** The live user a username, a username attribute (email / phone number) or, with `bySub`, a `sub` names. */
  find(name: string, bySub: boolean): number | undefined {
    const index = this.findByUsername(name) ?? this.findByAlias(name);
    if (index !== undefined || !bySub || !UUID.test(name)) return index;
    const found = this.subIndex().get(name.toLowerCase());
    return found !== undefined && this.isLive(found) && this.record(found).attributes.sub?.toLowerCase() === name.toLowerCase() ? found : undefined;
  }

  /** The live user whose `email` or `phone_number` (as a username attribute) is `value`. */
  findByAlias(value: string): number | undefined {
    if (this.source.usernameAttributes.length === 0) return undefined;
    const index = this.aliasIndex().get(value.toLowerCase());
    if (index === undefined || !this.isLive(index)) return undefined;
    const attributes = this.record(index).attributes;
    return this.source.usernameAttributes.some((a) => attributes[a]?.toLowerCase() === value.toLowerCase()) ? index : undefined;
  }

  add(record: UserRecord): number {
    const index = this.size;
    this.added.push(record);
    this.byName.set(record.username.toLowerCase(), index);
    this.index(index, record);
    return index;
  }

  /** Changes a user; `modified` becomes `now`. */
  update(index: number, now: Date, change: (user: UserRecord) => void): UserRecord {
    const user = this.changed.get(index) ?? structuredClone(this.record(index));
    change(user);
    user.modified = now;
    this.changed.set(index, user);
    this.index(index, user);
    return user;
  }

  delete(index: number): void {
    this.deleted.add(index);
  }

  private index(index: number, user: UserRecord): void {
    if (!this.isLive(index)) return;
    if (this.subs && user.attributes.sub) this.subs.set(user.attributes.sub.toLowerCase(), index);
    if (this.aliases) for (const a of this.source.usernameAttributes) if (user.attributes[a]) this.aliases.set(user.attributes[a].toLowerCase(), index);
  }

  /** Built on first use: looking a user up by `sub` walks every user once. */
  private subIndex(): Map<string, number> {
    if (!this.subs) {
      this.subs = new Map();
      for (let i = 0; i < this.size; i++) this.index(i, this.record(i));
    }
    return this.subs;
  }

  private aliasIndex(): Map<string, number> {
    if (!this.aliases) {
      this.aliases = new Map();
      for (let i = 0; i < this.size; i++) this.index(i, this.record(i));
    }
    return this.aliases;
  }
}
