import type { PoolRef } from '../../../connection/connections';
import { LAMBDA_TRIGGERS, PRE_TOKEN_VERSIONS, type LambdaTrigger, type PreTokenVersion } from '../../../shared/lambdaTriggers';
import type { UserPoolDetails } from '../../../shared/types';
import { poolNode } from '../../../tree/nodes';
import type { PickItem } from '../../../ui/prompter';
import { checkLambdaFunctionArn, functionNameOf } from '../../../validation/lambdaArn';
import { confirmChanges, type SettingChange } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { endpointOf } from '../connectionPlace';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { pickFunction, type FunctionChoice } from './functionPick';
import { offerInvokePermission } from './invokePermission';

// Edit Lambda Triggers: pick a trigger (each with what it does and the function attached now), then its
// function (one of the account's in the pool's region, a typed ARN, or none to detach it) and, for pre
// token generation, the event version; confirm the change, then UpdateUserPool with the pool's whole
// configuration and only that trigger changed (pools.update). After an attach, the flow
// offers to let Cognito invoke the function (invokePermission.ts). The custom sender triggers are not
// offered; they are kept as they are.

const TITLE = 'Edit Lambda Triggers';

interface TriggerAnswers {
  pool: PoolRef;
  current: UserPoolDetails;
  trigger: LambdaTrigger;
  choice: FunctionChoice;
  /** The typed ARN (only when "Type a function ARN…" was chosen). */
  typedArn: string;
  version: PreTokenVersion;
}

/** What the trigger will call: undefined when it is detached. */
export interface TriggerEdit {
  trigger: LambdaTrigger;
  functionArn?: string;
  version?: PreTokenVersion;
}

export async function editLambdaTriggers(deps: FlowDeps, given?: PoolRef): Promise<TriggerEdit> {
  return runFlow<TriggerAnswers, TriggerEdit>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep<TriggerAnswers>(deps),
      { fills: 'current', load: ({ pool: { connectionId, pool } }) => deps.connections.cognito(connectionId).pools.describe(pool.id) },
      { fills: 'trigger', ask: ({ current }, step) => deps.prompter.pick(triggerItems(current), { ...step, placeholder: `The trigger of ${current.name} to attach, replace or detach` }) },
      {
        fills: 'choice',
        ask: ({ pool, current, trigger }, step) =>
          pickFunction(deps.prompter, deps.connections.cognito(pool.connectionId), { trigger, current: attachedTo(current, trigger), endpoint: endpointOf(deps, pool.connectionId) !== undefined }, step),
      },
      {
        fills: 'typedArn',
        skip: (a) => a.choice?.kind !== 'type',
        ask: ({ current, trigger }, step) =>
          deps.prompter.input({ ...step, prompt: `The ARN of the Lambda function for ${trigger}`, placeholder: 'arn:aws:lambda:<region>:<account>:function:<name>', value: attachedTo(current, trigger), validate: checkLambdaFunctionArn }),
      },
      {
        fills: 'version',
        skip: (a) => a.trigger !== 'PreTokenGeneration' || a.choice?.kind === 'detach',
        ask: ({ current }, step) => deps.prompter.pick(versionItems(current), { ...step, placeholder: versionPlaceholder(current) }),
      },
      confirmChanges<TriggerAnswers>(deps, {
        subject: ({ current, trigger }) => `the ${trigger} trigger of ${current.name}`,
        changes: (a) => settingChanges(a.current, edited(a)),
        consequence: (a) => consequence(edited(a)),
      }),
    ],
    execute: (answers) => apply(deps, answers),
  });
}

/** The trigger's function and version as the answers leave them. */
function edited(a: TriggerAnswers): TriggerEdit {
  if (a.choice.kind === 'detach') return { trigger: a.trigger };
  const functionArn = a.choice.kind === 'function' ? a.choice.arn : a.typedArn;
  return { trigger: a.trigger, functionArn, version: a.trigger === 'PreTokenGeneration' ? a.version : undefined };
}

function attachedTo(pool: UserPoolDetails, trigger: LambdaTrigger): string | undefined {
  return pool.settings?.triggers.find((t) => t.name === trigger)?.arn;
}

function triggerItems(pool: UserPoolDetails): PickItem<LambdaTrigger>[] {
  return LAMBDA_TRIGGERS.map(({ name, description }) => {
    const arn = attachedTo(pool, name);
    const version = name === 'PreTokenGeneration' && arn ? ` (${pool.settings?.preTokenVersion ?? 'V1_0'})` : '';
    return { label: name, description, detail: arn ? `${functionNameOf(arn)}${version}` : 'no function attached', value: name };
  });
}

/** "V2_0 and V3_0 need the Essentials or Plus feature plan" (developer guide, pre token generation trigger):
 *  on the Lite plan only V1_0 is offered. */
function versionItems(pool: UserPoolDetails): PickItem<PreTokenVersion>[] {
  const lite = pool.settings?.plan === 'LITE';
  const now = attachedTo(pool, 'PreTokenGeneration') ? pool.settings?.preTokenVersion : undefined;
  return PRE_TOKEN_VERSIONS.filter((v) => !(lite && v.paidPlan)).map((v) => ({
    label: v.version,
    description: [v.description, v.version === now ? 'in use now' : undefined].filter(Boolean).join(' · '),
    value: v.version,
  }));
}

function versionPlaceholder(pool: UserPoolDetails): string {
  return pool.settings?.plan === 'LITE'
    ? 'The event version: V2_0 and V3_0 need the Essentials or Plus feature plan, and this pool is on Lite'
    : 'The event version Cognito sends the function (V2_0 and V3_0 need the Essentials or Plus feature plan)';
}

function settingChanges(pool: UserPoolDetails, edit: TriggerEdit): SettingChange[] {
  const before = attachedTo(pool, edit.trigger);
  const changes: SettingChange[] = [{ setting: edit.trigger, before: before ?? 'none', after: edit.functionArn ?? 'none' }];
  if (edit.trigger === 'PreTokenGeneration') {
    const versionBefore = before ? (pool.settings?.preTokenVersion ?? 'V1_0') : 'none';
    changes.push({ setting: 'PreTokenGeneration event version', before: versionBefore, after: edit.functionArn ? (edit.version ?? 'V1_0') : 'none' });
  }
  return changes;
}

function consequence(edit: TriggerEdit): string {
  if (!edit.functionArn) return `Cognito stops calling a function for ${edit.trigger} from the next such event on.`;
  return `Cognito calls ${functionNameOf(edit.functionArn)} on the next ${edit.trigger} event, and fails that event if it cannot invoke the function (the next step offers the permission).`;
}

async function apply(deps: FlowDeps, answers: TriggerAnswers): Promise<TriggerEdit> {
  const { pool: { connectionId, pool }, current, trigger } = answers;
  const edit = edited(answers);
  const cognito = deps.connections.cognito(connectionId);
  const verb = edit.functionArn ? 'Attaching' : 'Detaching';
  await deps.feedback.progress(`${verb} the ${trigger} trigger of ${pool.name}…`, () => cognito.pools.update(pool.id, { lambdaTrigger: { trigger, functionArn: edit.functionArn, version: edit.version } }));
  deps.details.changed(poolNode(connectionId, pool).key); // an open Pool Details lists the triggers
  if (edit.functionArn) await offerInvokePermission(deps, connectionId, edit.functionArn, current.arn);
  else deps.feedback.status(`$(check) ${trigger} of ${pool.name} now calls no function`);
  return edit;
}
