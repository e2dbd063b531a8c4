// What the emulator holds, read with the AWS SDK directly, so the UI tests check the effect of a flow without
// trusting the extension's own code. cognito-local does not page (docs/testing.md), so one call per list is all.
import {
  CognitoIdentityProviderClient,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  ListUsersCommand,
  type UserPoolClientDescription,
  type UserPoolDescriptionType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';

export async function listPools(sdk: CognitoIdentityProviderClient): Promise<UserPoolDescriptionType[]> {
  return (await sdk.send(new ListUserPoolsCommand({ MaxResults: 60 }))).UserPools ?? [];
}

export async function listClients(sdk: CognitoIdentityProviderClient, poolId: string): Promise<UserPoolClientDescription[]> {
  return (await sdk.send(new ListUserPoolClientsCommand({ UserPoolId: poolId, MaxResults: 60 }))).UserPoolClients ?? [];
}

export async function listUsers(sdk: CognitoIdentityProviderClient, poolId: string): Promise<UserType[]> {
  return (await sdk.send(new ListUsersCommand({ UserPoolId: poolId, Limit: 60 }))).Users ?? [];
}

/** Every pool with its app clients and usernames, sorted: equal snapshots mean nothing was created. */
export async function snapshot(sdk: CognitoIdentityProviderClient): Promise<string[]> {
  const lines: string[] = [];
  for (const pool of await listPools(sdk)) {
    lines.push(`pool ${pool.Id} ${pool.Name}`);
    for (const client of await listClients(sdk, pool.Id!)) lines.push(`client ${pool.Id} ${client.ClientId} ${client.ClientName}`);
    for (const user of await listUsers(sdk, pool.Id!)) lines.push(`user ${pool.Id} ${user.Username}`);
  }
  return lines.sort();
}
