// The double's data: pools described by a seed, app clients and users made on demand from their index,
// so a pool of 100,000 users costs nothing until a page of them is asked for. Everything seeded is
// deterministic (ids come from hashes of the seed), so two runs with one seed see the same ids. What
// operations change (users created, updated or deleted, groups and memberships, app clients) is kept
// beside the seed (userStore.ts, groupStore.ts, appClientStore.ts); the attribute schema is in schema.ts,
// the pool's other settings in poolSettings.ts. A pool CreateUserPool makes is a SeededPool too, made from
// its request.
import { createHash } from 'node:crypto';
import { AppClientStore } from './appClientStore';
import { makeAppClient, type AppClientSeed, type DoubleAppClient } from './appClients';
import type { FilterableUser } from './filter';
import { GroupStore, type GroupRecord } from './groupStore';
import type { DoubleResourceServer } from './resourceServers';
import { DEFAULT_PASSWORD_POLICY, type PasswordPolicy } from './passwordPolicy';
import { defaultPoolSettings, type PoolSettings } from './poolSettings';
import { poolSchema, type AttributeSchema, type CustomAttributeSeed } from './schema';
import { UserStore, uuidFrom, type MfaType, type UserMfa, type UserRecord } from './userStore';

export type { AppClientSeed, DoubleAppClient } from './appClients';
export type { GroupRecord } from './groupStore';
export type { CustomAttributeSeed } from './schema';

export interface UserSeed {
  username: string;
  /** CONFIRMED (default), FORCE_CHANGE_PASSWORD (the password is then the temporary one), UNCONFIRMED, RESET_REQUIRED. */
  status?: string;
  /** Default true. */
  enabled?: boolean;
  /** Standard and custom (`custom:…`) attributes, e.g. email, name, family_name. `sub` is generated unless given. */
  attributes?: Record<string, string>;
  /** The password sign-in checks. Default: none, so every sign-in fails as a wrong password. */
  password?: string;
  /** Names of the groups the user belongs to (created in the pool when not declared there). */
  groups?: string[];
  /** MFA settings, as if set up already: e.g. `{ enabled: ['SOFTWARE_TOKEN_MFA'], preferred: 'SOFTWARE_TOKEN_MFA',
   * totpSecret: 'JBSWY3DPEHPK3PXP…' }` (a verified authenticator's base32 secret, for totpCode). Default none. */
  mfa?: { enabled?: MfaType[]; preferred?: MfaType; totpSecret?: string };
  /** A registered passkey: WEB_AUTHN is then on offer in choice-based sign-in where the pool allows it (the
   * double hands out the WEB_AUTHN challenge but cannot check an answer). Default false. */
  passkey?: boolean;
}

export interface GroupSeed {
  name: string;
  description?: string;
  precedence?: number;
  roleArn?: string;
}

export interface PoolSeed {
  name: string;
  /** Default: generated, `<region>_<9 letters and digits>`. */
  id?: string;
  /** How many app clients (`client-001`, …). Default 0. */
  appClients?: number;
  /** How many generated users (`user000001`, …). Default 0. */
  users?: number;
  /** Users listed after the generated ones, for values a test needs exactly. */
  extraUsers?: UserSeed[];
  /** App clients listed after the generated ones, with the settings sign-in needs. */
  extraAppClients?: AppClientSeed[];
  /** Default: Cognito's (8 characters, upper, lower, number and symbol). */
  passwordPolicy?: Partial<PasswordPolicy>;
  groups?: GroupSeed[];
  /** Custom attributes of the schema (`custom:<name>`). Default none. */
  customAttributes?: CustomAttributeSeed[];
  /** Standard attributes the schema marks Required (e.g. `['email']`). Default none (`sub` always is). */
  requiredAttributes?: string[];
  /** UsernameAttributes: users sign up and sign in with an e-mail address and/or phone number, and
   * AdminCreateUser makes the username a UUID. Default none (a username). */
  usernameAttributes?: Array<'email' | 'phone_number'>;
  /** DeletionProtection ACTIVE: DeleteUserPool is refused until UpdateUserPool turns it off. Default false. */
  deletionProtection?: boolean;
  /** A prefix domain (`<domain>.auth.<region>.amazoncognito.com`); unique in the double. Default none. */
  domain?: string;
  /** MfaConfiguration and the factors, as SetUserPoolMfaConfig would leave them (not checked here: seed what
   * SetUserPoolMfaConfig accepts, e.g. e-mail MFA with `emailConfiguration` DEVELOPER). Default OFF, no factor. */
  mfa?: { configuration: 'OFF' | 'ON' | 'OPTIONAL' } & Partial<PoolMfaFactors>;
  /** EmailConfiguration, as given (e.g. `{ EmailSendingAccount: 'DEVELOPER', SourceArn: … }`). Default `{}`. */
  emailConfiguration?: Record<string, unknown>;
  /** Policies.SignInPolicy.AllowedFirstAuthFactors (choice-based sign-in, USER_AUTH). Default: none (PASSWORD alone). */
  allowedFirstAuthFactors?: Array<'PASSWORD' | 'EMAIL_OTP' | 'SMS_OTP' | 'WEB_AUTHN'>;
}

/** What CreateUserPool decides for a pool it makes, beyond its seed. */
export interface MadePool {
  created: Date;
  settings: PoolSettings;
}

export interface DoubleUser extends FilterableUser {
  created: Date;
  modified: Date;
  password?: string;
  groups: readonly string[];
  /** The user's MFA settings (userMfa.ts). */
  mfa: UserMfa;
}

/** A pool's MFA factors as SetUserPoolMfaConfig sets them (GetUserPoolMfaConfig reports them). */
export interface PoolMfaFactors {
  softwareToken: boolean;
  /** SmsMfaConfiguration as given (SMS MFA on), or undefined (off). */
  sms?: { SmsAuthenticationMessage?: string; SmsConfiguration?: unknown };
  /** EmailMfaConfiguration as given (e-mail MFA on), or undefined (off). */
  email?: { Message?: string; Subject?: string };
  /** WebAuthnConfiguration as given. */
  webAuthn?: { RelyingPartyId?: string; UserVerification?: string };
}

const EPOCH = Date.UTC(2024, 0, 1);
export const ACCOUNT = '123456789012';

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export class SeededPool {
  readonly id: string;
  /** PoolName; UpdateUserPool may change it. */
  name: string;
  readonly created: Date;
  modified: Date;
  passwordPolicy: PasswordPolicy;
  settings: PoolSettings;
  /** The prefix domain, when the pool has one. */
  domain?: string;
  /** Replaced (never changed in place) when AddCustomAttributes adds to it. */
  schema: readonly AttributeSchema[];
  readonly usernameAttributes: ReadonlyArray<'email' | 'phone_number'>;
  readonly users: UserStore;
  readonly groupStore = new GroupStore();
  /** Resource servers by identifier, in the order they were created (resourceServers.ts). */
  readonly resourceServers = new Map<string, DoubleResourceServer>();
  readonly clients: AppClientStore;
  /** The MFA factors SetUserPoolMfaConfig turned on (mfaConfig.ts); MfaConfiguration itself is in `settings`. */
  mfaFactors: PoolMfaFactors = { softwareToken: false };

  constructor(
    seed: PoolSeed,
    index: number,
    region: string,
    readonly now: () => number = Date.now,
    made?: MadePool,
  ) {
    this.name = seed.name;
    this.id = seed.id ?? poolIdFor(region, `pool/${index}/${seed.name}`);
    this.created = made?.created ?? new Date(EPOCH + index * 60_000);
    this.modified = this.created;
    this.settings = made?.settings ?? { ...defaultPoolSettings(), usernameConfiguration: { CaseSensitive: false } };
    if (seed.deletionProtection) this.settings.deletionProtection = 'ACTIVE';
    if (seed.mfa) {
      const { configuration, ...factors } = seed.mfa;
      this.settings.mfaConfiguration = configuration;
      this.mfaFactors = { softwareToken: false, ...structuredClone(factors) };
      if (factors.sms?.SmsConfiguration !== undefined) this.settings.given.SmsConfiguration = structuredClone(factors.sms.SmsConfiguration);
    }
    if (seed.emailConfiguration) this.settings.emailConfiguration = structuredClone(seed.emailConfiguration);
    if (seed.allowedFirstAuthFactors) this.settings.signInPolicy = { AllowedFirstAuthFactors: [...seed.allowedFirstAuthFactors] };
    this.domain = seed.domain;
    const extraClients = (seed.extraAppClients ?? []).map((c, i) => makeAppClient(hash(`client/${this.id}/seeded/${i}/${c.name}`).slice(0, 26), c, this.created));
    this.clients = new AppClientStore(
      seed.appClients ?? 0,
      (n) => makeAppClient(hash(`client/${this.id}/${n}`).slice(0, 26), { name: `client-${pad(n, 3)}` }, this.created),
      extraClients,
    );
    this.passwordPolicy = { ...DEFAULT_PASSWORD_POLICY, ...seed.passwordPolicy };
    this.schema = poolSchema(seed.requiredAttributes ?? [], seed.customAttributes ?? []);
    this.usernameAttributes = seed.usernameAttributes ?? [];
    const generated = seed.users ?? 0;
    const extraUsers = seed.extraUsers ?? [];
    this.users = new UserStore({
      generated,
      seeded: extraUsers.length,
      usernameAttributes: this.usernameAttributes,
      generatedUser: (n) => this.generatedUser(n),
      seededUser: (i) => {
        const user = extraUsers[i];
        const created = new Date(EPOCH + (generated + i) * 1000);
        return {
          username: user.username,
          status: user.status ?? 'CONFIRMED',
          enabled: user.enabled ?? true,
          attributes: { sub: uuidFrom(`sub/${this.id}/${user.username}`), ...user.attributes },
          created,
          modified: created,
          password: user.password,
          mfa: user.mfa || user.passkey ? { enabled: [...(user.mfa?.enabled ?? [])], preferred: user.mfa?.preferred, totpSecret: user.mfa?.totpSecret, passkey: user.passkey } : undefined,
        };
      },
    });
    for (const group of seed.groups ?? []) this.groupStore.create({ ...group, created: this.created, modified: this.created });
    extraUsers.forEach((user, i) => {
      for (const name of user.groups ?? []) {
        if (!this.groupStore.get(name)) this.groupStore.create({ name, created: this.created, modified: this.created });
        this.groupStore.join(name, generated + i);
      }
    });
  }

  /** Users AWS would count (DescribeUserPool's EstimatedNumberOfUsers). */
  get userCount(): number {
    return this.users.liveCount;
  }

  /** The pool's groups, in creation order (seeded ones first). */
  get groups(): readonly GroupRecord[] {
    return this.groupStore.list();
  }

  get arn(): string {
    const region = this.id.slice(0, this.id.indexOf('_'));
    return `arn:aws:cognito-idp:${region}:${ACCOUNT}:userpool/${this.id}`;
  }

  /** App clients there are now (deleted ones not counted). */
  get appClientCount(): number {
    return this.clients.liveCount;
  }

  /** App client `index` (0-based) of those there are now: generated ones first, then the extra ones, then
   * created ones; ids are 26 lower-case letters and digits like AWS's. */
  appClient(index: number): DoubleAppClient {
    const client = this.clients.nth(index);
    if (!client) throw new Error(`cognito double: pool ${this.id} has no app client ${index}`);
    return client;
  }

  findAppClient(clientId: string): DoubleAppClient | undefined {
    const slot = this.clients.find(clientId);
    return slot === undefined ? undefined : this.clients.at(slot);
  }

  /** The user a sign-in names: the username in any case (UsernameConfiguration CaseSensitive false), or a username attribute. */
  findUser(username: string): DoubleUser | undefined {
    const index = this.users.find(username, false);
    return index === undefined ? undefined : this.user(index);
  }

  /** The index of the user an admin operation's Username names: as sign-in, or by `sub`. */
  indexOfUser(username: string): number | undefined {
    return this.users.find(username, true);
  }

  /** A password change that sign-in made (NEW_PASSWORD_REQUIRED): the user is CONFIRMED from then on. */
  setPassword(username: string, password: string): void {
    const index = this.users.find(username, false);
    if (index === undefined) throw new Error(`cognito double: no user ${username}`);
    this.updateUser(index, (user) => {
      user.status = 'CONFIRMED';
      user.password = password;
    });
  }

  updateUser(index: number, change: (user: UserRecord) => void): DoubleUser {
    this.users.update(index, new Date(this.now()), change);
    return this.user(index);
  }

  /** User `index` (0-based): generated ones first (`user000001`, …), then the extra users, then created ones. */
  user(index: number): DoubleUser {
    const { username, status, enabled, attributes, created, modified, password, mfa } = this.users.copy(index);
    const userMfa: UserMfa = { enabled: [...(mfa?.enabled ?? [])], preferred: mfa?.preferred, totpSecret: mfa?.totpSecret, pendingTotpSecret: mfa?.pendingTotpSecret, passkey: mfa?.passkey };
    return { username, status, enabled, attributes, created, modified, password, mfa: userMfa, groups: this.groupStore.groupsOf(index) };
  }

  /** User `index` for a listing: undefined once deleted. */
  listedUser(index: number): DoubleUser | undefined {
    return this.users.isLive(index) ? this.user(index) : undefined;
  }

  private generatedUser(n: number): UserRecord {
    const username = `user${pad(n, 6)}`;
    const created = new Date(EPOCH + (n - 1) * 1000);
    return {
      username,
      // A mix of states, so filters on them have something to find.
      status: n % 10 === 0 ? 'FORCE_CHANGE_PASSWORD' : 'CONFIRMED',
      enabled: n % 25 !== 0,
      attributes: { sub: uuidFrom(`sub/${this.id}/${username}`), email: `${username}@example.com` },
      created,
      modified: created,
    };
  }
}

/** `<region>_` and 9 letters and digits, from a hash of `text`. */
export function poolIdFor(region: string, text: string): string {
  return `${region}_${Buffer.from(hash(text), 'hex').toString('base64').replace(/[^0-9A-Za-z]/g, '').slice(0, 9)}`;
}

export function seedPools(seeds: readonly PoolSeed[], region: string, now: () => number = Date.now): SeededPool[] {
  const pools = seeds.map((seed, index) => new SeededPool(seed, index, region, now));
  const ids = new Set(pools.map((p) => p.id));
  if (ids.size !== pools.length) throw new Error('cognito double: two seeded pools have the same id');
  const domains = pools.flatMap((p) => (p.domain === undefined ? [] : [p.domain]));
  if (new Set(domains).size !== domains.length) throw new Error('cognito double: two seeded pools have the same domain');
  return pools;
}
