import type { Page } from './page';

// A pool's federated identity providers (IdentityProvidersApi, implemented by
// src/aws/cognito/identityProviderCalls.ts): what an app client may name in SupportedIdentityProviders
// beside COGNITO, the pool's own users.

export interface IdentityProvider {
  /** ProviderName: what SupportedIdentityProviders names. */
  name: string;
  /** SAML, OIDC, Google, Facebook, LoginWithAmazon or SignInWithApple. */
  type: string;
}

export interface IdentityProvidersApi {
  /** ListIdentityProviders, one page. */
  list(userPoolId: string, nextToken?: string): Promise<Page<IdentityProvider>>;
}
