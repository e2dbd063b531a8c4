// The challenges the double has handed out and not yet seen answered. A challenge is found by its Session
// (NEW_PASSWORD_REQUIRED, the MFA and choice-based challenges) or by its SECRET_BLOCK (PASSWORD_VERIFIER, whose answer carries the block back
// and may leave Session out); either string is opaque random bytes. A challenge lives for the client's
// AuthSessionValidity (3 minutes unless set) and is answered once: success or a failed proof ends it.
import { randomBytes } from 'node:crypto';
import { AUTH_SESSION_MINUTES } from './appClients';
import type { ServerSrpSession } from './srp';

export type ChallengeName =
  | 'PASSWORD_VERIFIER'
  | 'NEW_PASSWORD_REQUIRED'
  | 'SOFTWARE_TOKEN_MFA'
  | 'SMS_MFA'
  | 'EMAIL_OTP'
  | 'SMS_OTP'
  | 'SELECT_MFA_TYPE'
  | 'MFA_SETUP'
  | 'SELECT_CHALLENGE'
  | 'WEB_AUTHN';

export interface PendingChallenge {
  challenge: ChallengeName;
  poolId: string;
  clientId: string;
  /** The user's username, or for a user that does not exist the name that was asked for. */
  username: string;
  /** USER_ID_FOR_SRP: the username, or for a user that does not exist a stable UUID. */
  userIdForSrp: string;
  /** PASSWORD_VERIFIER only. */
  srp?: ServerSrpSession;
  secretBlock?: string;
  /** A simulated challenge for a user that does not exist: no answer can pass it. */
  userMissing?: boolean;
  /** SMS_MFA, EMAIL_OTP, SMS_OTP: the code that was sent (outbox.ts). */
  code?: string;
  /** EMAIL_OTP / SMS_OTP as the first factor of USER_AUTH (no MFA follows), rather than as MFA. */
  firstFactor?: boolean;
  /** MFA_SETUP: the secret AssociateSoftwareToken gave for this session, and whether VerifySoftwareToken verified it. */
  totpSecret?: string;
  totpVerified?: boolean;
  /** SELECT_MFA_TYPE: MFAS_CAN_CHOOSE; SELECT_CHALLENGE: AvailableChallenges. */
  choices?: string[];
  /** PASSWORD_VERIFIER reached through USER_AUTH (the client need not enable USER_SRP_AUTH). */
  viaUserAuth?: boolean;
  /** Set by `open`: how long the Session lasts, so a challenge that follows in the same sign-in lasts as long. */
  sessionMinutes?: number;
}

export interface OpenChallenge extends PendingChallenge {
  session: string;
  expired: boolean;
}

interface Stored extends PendingChallenge {
  session: string;
  expires: number;
}

export class Challenges {
  private readonly bySession = new Map<string, Stored>();
  private readonly bySecretBlock = new Map<string, Stored>();

  constructor(private readonly now: () => number) {}

  /** Remembers a challenge for `minutes` (the client's AuthSessionValidity); returns its Session. */
  open(challenge: PendingChallenge, minutes = AUTH_SESSION_MINUTES): string {
    const session = randomBytes(192).toString('base64');
    const stored: Stored = { ...challenge, sessionMinutes: minutes, session, expires: this.now() + minutes * 60_000 };
    this.bySession.set(session, stored);
    if (challenge.secretBlock) this.bySecretBlock.set(challenge.secretBlock, stored);
    return session;
  }

  findBySession(session: string): OpenChallenge | undefined {
    return this.describe(this.bySession.get(session));
  }

  findBySecretBlock(block: string): OpenChallenge | undefined {
    return this.describe(this.bySecretBlock.get(block));
  }

  /** Ends a challenge: its Session and SECRET_BLOCK are no good any more. */
  close(challenge: OpenChallenge): void {
    this.bySession.delete(challenge.session);
    if (challenge.secretBlock) this.bySecretBlock.delete(challenge.secretBlock);
  }

  private describe(stored: Stored | undefined): OpenChallenge | undefined {
    if (!stored) return undefined;
    const { expires, ...challenge } = stored;
    return { ...challenge, expired: expires <= this.now() };
  }
}
