import type { LambdaConfigType } from '@aws-sdk/client-cognito-identity-provider';
import type { LambdaTrigger, PreTokenVersion } from '../../shared/lambdaTriggers';

// The LambdaConfig an UpdateUserPool sends when one trigger is attached, replaced or detached: the pool's
// current LambdaConfig (every other trigger, the custom senders and their KMSKeyID as they are) with only
// that trigger changed. Sent inside poolUpdate.ts's whole configuration, since UpdateUserPool resets what a
// request leaves out: a LambdaConfig without a trigger detaches it.

/**
 * Pre token generation has two members: PreTokenGenerationConfig (the ARN and the event version) and the
 * legacy PreTokenGeneration. "This parameter and the PreTokenGeneration property of LambdaConfig have the
 * same value. For new instances of pre token generation triggers, set LambdaArn." (API reference,
 * PreTokenGenerationVersionConfigType): both are set to the same ARN, or both removed. A replaced function
 * keeps the version in force unless another is chosen; a new one starts at V1_0, which every plan has.
 */
export function withLambdaTrigger(current: LambdaConfigType | undefined, trigger: LambdaTrigger, functionArn: string | undefined, version?: PreTokenVersion): LambdaConfigType {
  const config: LambdaConfigType = { ...current };
  if (trigger === 'PreTokenGeneration') {
    delete config.PreTokenGeneration;
    delete config.PreTokenGenerationConfig;
    if (functionArn === undefined) return config;
    const kept = current?.PreTokenGenerationConfig?.LambdaVersion as PreTokenVersion | undefined;
    return { ...config, PreTokenGeneration: functionArn, PreTokenGenerationConfig: { LambdaArn: functionArn, LambdaVersion: version ?? kept ?? 'V1_0' } };
  }
  delete config[trigger];
  return functionArn === undefined ? config : { ...config, [trigger]: functionArn };
}
