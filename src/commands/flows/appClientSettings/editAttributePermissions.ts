import type { ClientRef } from '../../../connection/connections';
import type { AppClientChange, AttributeSchema } from '../../../shared/types';
import { NothingToPick, type Prompter, type StepInfo } from '../../../ui/prompter';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { clientSteps } from '../targetSteps';
import { currentClientStep, saveClientChange, type ClientEditAnswers } from './clientEdit';
import { defaultReadable, defaultWritable, permissionsText, sameSet, writableAttributes, writeProblem } from './attributeRules';

// Edit Attribute Permissions…: which of the pool's attributes the client may read and write (ReadAttributes,
// WriteAttributes), each a multi-pick of the pool's schema pre-selected with the client's lists, or with what
// Cognito allows by default when the client names none. The write pick offers only what AWS lets a client
// write, and asks again while a required attribute is left out or nothing is ticked (attributeRules.ts).

const TITLE = 'Edit Attribute Permissions';

interface EditAttributePermissionsAnswers extends ClientEditAnswers {
  schema: AttributeSchema[];
  read: string[];
  write: string[];
}

export async function editAttributePermissions(deps: FlowDeps, given?: ClientRef): Promise<AppClientChange> {
  const { prompter } = deps;
  return runFlow<EditAttributePermissionsAnswers, AppClientChange>({
    title: TITLE,
    given: { client: given },
    steps: [
      ...clientSteps<EditAttributePermissionsAnswers>(deps),
      currentClientStep<EditAttributePermissionsAnswers>(deps),
      {
        fills: 'schema',
        load: async ({ client: { connectionId, client } }) => {
          const { attributes } = await deps.connections.cognito(connectionId).pools.describe(client.userPoolId);
          if (attributes.length === 0) throw new NothingToPick('This endpoint does not tell the pool’s attributes, so their permissions cannot be chosen here.');
          return attributes;
        },
      },
      {
        fills: 'read',
        ask: ({ schema, current }, step) =>
          askAttributes(prompter, step, {
            offered: schema.map((a) => a.name),
            current: current.settings.readAttributes.length > 0 ? current.settings.readAttributes : defaultReadable(schema),
            placeholder: 'Attributes this client may read (GetUser, and the ID token’s claims)',
            problem: (chosen) => (chosen.length === 0 ? 'Choose at least one attribute (none would mean Cognito’s default: every standard attribute). ' : undefined),
          }),
      },
      {
        fills: 'write',
        ask: ({ schema, current }, step) =>
          askAttributes(prompter, step, {
            offered: writableAttributes(schema),
            current: current.settings.writeAttributes.length > 0 ? current.settings.writeAttributes : defaultWritable(schema),
            placeholder: 'Attributes this client may write (sign-up, UpdateUserAttributes); required ones must stay',
            problem: (chosen) => writeProblem(schema, chosen),
          }),
      },
      confirmChanges<EditAttributePermissionsAnswers>(deps, {
        subject: ({ client }) => `the attribute permissions of ${client.client.name}`,
        changes: ({ schema, current: { settings }, read, write }) => [
          { setting: 'Read', ...permissionsText(settings.readAttributes, read, defaultReadable(schema)) },
          { setting: 'Write', ...permissionsText(settings.writeAttributes, write, defaultWritable(schema)) },
        ],
        consequence: () => 'This applies at once to everyone signed in to this client, with the tokens they already hold: GetUser and UpdateUserAttributes follow the new lists, and ID tokens issued from now on carry only readable attributes.',
      }),
    ],
    execute: ({ client, schema, current: { settings }, read, write }) => {
      const unchanged = (now: string[], chosen: string[], byDefault: string[]) => sameSet(now.length > 0 ? now : byDefault, chosen);
      const change: AppClientChange = {
        ...(!unchanged(settings.readAttributes, read, defaultReadable(schema)) && { readAttributes: read }),
        ...(!unchanged(settings.writeAttributes, write, defaultWritable(schema)) && { writeAttributes: write }),
      };
      return saveClientChange(deps, client, change, `reads ${read.length} attributes, writes ${write.length}`);
    },
  });
}

/** A multi-pick of `offered`, ticked as `current` is (an attribute listed but not offered is kept, unseen). */
async function askAttributes(prompter: Prompter, step: StepInfo, question: { offered: string[]; current: string[]; placeholder: string; problem: (chosen: string[]) => string | undefined }): Promise<string[]> {
  const kept = question.current.filter((name) => !question.offered.includes(name));
  let problem = '';
  for (;;) {
    const chosen = await prompter.pickMany(
      question.offered.map((name) => ({ label: name, value: name, picked: question.current.includes(name) })),
      { ...step, placeholder: `${problem}${question.placeholder}` },
    );
    const all = [...chosen, ...kept];
    const found = question.problem(all);
    if (!found) return all;
    problem = found;
  }
}
