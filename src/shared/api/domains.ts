// A pool's prefix domain and its managed login (DomainsApi, implemented by src/aws/cognito/domainCalls.ts):
// CreateUserPoolDomain, DescribeUserPoolDomain, DeleteUserPoolDomain, and the managed-login branding styles
// that version 2 of managed login needs, one per app client (CreateManagedLoginBranding,
// DescribeManagedLoginBrandingByClient). Custom domains (certificates, CloudFront) are not managed here.

/** Managed login (2, the branding editor's pages) or the classic hosted UI (1). */
export type ManagedLoginVersion = 1 | 2;

export interface PoolDomain {
  /** The prefix: `<prefix>.auth.<region>.amazoncognito.com`. */
  domain: string;
  userPoolId: string;
  /** DescribeUserPoolDomain's ManagedLoginVersion; undefined when the endpoint does not tell. */
  managedLoginVersion?: ManagedLoginVersion;
  /** CREATING, ACTIVE, …, when told. */
  status?: string;
}

/** What Show Pool Details tells of the domain's managed login. */
export interface ManagedLogin {
  /** DescribeUserPoolDomain's version; undefined when the endpoint does not tell. */
  version?: ManagedLoginVersion;
  /** With version 2: the app clients without a branding style, whose login pages are unavailable. */
  unbrandedClients?: string[];
  /** With version 2: how many app clients the pool has. */
  clientCount?: number;
  /** Why it could not be read (one sentence), when a read failed. */
  unavailable?: string;
}

export interface DomainsApi {
  /** CreateUserPoolDomain with a prefix domain and the managed login version. */
  create(userPoolId: string, domain: string, managedLoginVersion: ManagedLoginVersion): Promise<void>;
  /** DescribeUserPoolDomain; undefined when no pool holds that prefix. */
  describe(domain: string): Promise<PoolDomain | undefined>;
  /** DeleteUserPoolDomain. */
  delete(userPoolId: string, domain: string): Promise<void>;
  /** DescribeManagedLoginBrandingByClient: whether the app client has a branding style. */
  hasBranding(userPoolId: string, clientId: string): Promise<boolean>;
  /** CreateManagedLoginBranding with UseCognitoProvidedValues: Cognito's default style for the app client. */
  assignDefaultBranding(userPoolId: string, clientId: string): Promise<void>;
}
