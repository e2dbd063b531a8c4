import { CognitoError } from '../../../shared/errors';
import { listAll } from '../../../shared/paging';
import type { CognitoApi, LambdaFunction } from '../../../shared/types';
import { functionNameOf } from '../../../validation/lambdaArn';
import type { PickItem, Prompter, StepInfo } from '../../../ui/prompter';
import { MAX_PAGES } from '../pickers';

// The function of a trigger: one of the account's Lambda functions in the pool's region (every page of
// ListFunctions up to the pickers' bound; the quick pick's own filter searches them by name, runtime and
// ARN), or an ARN typed next, or — when one is attached — no function at all. Listing may fail (no
// lambda:ListFunctions, an emulator without Lambda): the pick then says why in one line, and typing an ARN
// still works.

export type FunctionChoice = { kind: 'function'; arn: string } | { kind: 'type' } | { kind: 'detach' };

export interface FunctionPickRequest {
  trigger: string;
  /** The function attached now, if any. */
  current?: string;
  /** The connection is an endpoint (an emulator), not AWS. */
  endpoint: boolean;
}

export async function pickFunction(prompter: Prompter, cognito: CognitoApi, request: FunctionPickRequest, step: StepInfo): Promise<FunctionChoice> {
  return prompter.pick(functionItems(cognito, request), { ...step, placeholder: `The function Cognito calls for ${request.trigger}: type to search, or type an ARN` });
}

async function functionItems(cognito: CognitoApi, { current, endpoint }: FunctionPickRequest): Promise<PickItem<FunctionChoice>[]> {
  const fixed: PickItem<FunctionChoice>[] = [
    ...(current ? [{ label: '$(close) Detach the function', description: functionNameOf(current), value: { kind: 'detach' } as const }] : []),
    { label: '$(edit) Type a function ARN…', value: { kind: 'type' } },
  ];
  let functions: LambdaFunction[];
  try {
    functions = await listAll((token) => cognito.functions.list(token), MAX_PAGES);
  } catch (error) {
    if (endpoint) return [noneListed(), ...fixed];
    const sentence = error instanceof CognitoError ? error.message : 'Listing the Lambda functions failed.';
    return [{ label: '$(warning) The functions could not be listed; type an ARN', detail: sentence, value: { kind: 'type' } }, ...fixed];
  }
  if (functions.length === 0) return [endpoint ? noneListed() : { label: '$(info) There are no Lambda functions in this region; type an ARN', value: { kind: 'type' } }, ...fixed];
  return [
    ...fixed,
    ...functions.map((f): PickItem<FunctionChoice> => ({
      label: f.arn === current ? `$(check) ${f.name}` : f.name,
      description: [f.runtime, f.arn === current ? 'attached now' : undefined].filter(Boolean).join(' · ') || undefined,
      detail: f.arn,
      value: { kind: 'function', arn: f.arn },
    })),
  ];
}

/** cognito-local has no Lambda; the AWS-faithful double lists what it was given. */
function noneListed(): PickItem<FunctionChoice> {
  return { label: '$(info) This endpoint lists no Lambda functions; type the ARN of one', value: { kind: 'type' } };
}
