import type { PoolRef } from '../../../connection/connections';
import type { PoolChange, PoolSettings, UserPoolDetails } from '../../../shared/types';
import { poolNode } from '../../../tree/nodes';
import type { FlowDeps } from '../deps';
import type { LoadStep } from '../steps';

// What the pool-settings edits share: reading the pool's current settings to pre-fill every question, and
// sending the one change (PoolsApi.update sends the whole configuration with only that change), after which
// an open Pool Details renders again.

export interface PoolEditAnswers {
  pool: PoolRef;
  current: UserPoolDetails;
}

/** DescribeUserPool, once the pool is known. */
export function currentStep<A extends PoolEditAnswers>(deps: FlowDeps): LoadStep<A, 'current'> {
  return { fills: 'current', load: async ({ pool: { connectionId, pool } }) => (await deps.connections.cognito(connectionId).pools.describe(pool.id)) as A['current'] };
}

/** The settings Describe told; an endpoint that tells none reads as Cognito's defaults. */
export function settingsOf(current: UserPoolDetails): PoolSettings {
  return current.settings ?? { usernameAttributes: [], aliasAttributes: [], mfa: 'OFF', deletionProtection: false, emailSending: "Cognito's default e-mail", triggers: [] };
}

/** Sends the change; `what` names what it changes ("password policy"). */
export async function sendPoolChange(deps: FlowDeps, { connectionId, pool }: PoolRef, change: PoolChange, what: string): Promise<void> {
  await deps.feedback.progress(`Saving the ${what} of ${pool.name}…`, () => deps.connections.cognito(connectionId).pools.update(pool.id, change));
  deps.details.changed(poolNode(connectionId, pool).key); // Pool Details shows these settings
  deps.feedback.status(`$(check) Saved the ${what} of ${pool.name}`);
}

export const yesNo = (value: boolean | undefined) => (value ? 'yes' : 'no');

/** The label of the current choice in a pick, so the person sees what the pool has now. */
export const CURRENT = 'current';
