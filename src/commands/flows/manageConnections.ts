import type { ProfileInfo } from '../../aws/profiles';
import { parseConnections, toConnection, type Connection, type ConnectionEntry } from '../../connection/connections';
import { checkEndpoint } from '../../connection/endpoint';
import { COGNITO_REGIONS, checkRegion } from '../../connection/regions';
import type { Feedback } from '../../ui/feedback';
import type { PickItem, Prompter, StepInfo } from '../../ui/prompter';
import { KIND_LABELS, type SettingsWriter } from './selectConnection';
import { runFlow } from './steps';

// Add Connection / Remove Connection: edit the `cognito.connections` setting; the extension reloads
// the tree when it changes.
//   Add:    1. an AWS profile (or the default chain), or a local emulator   (2. its endpoint)
//           2. the region   3. a label (optional)
//   Remove: a modal confirmation; the pools themselves are untouched.
// Adding to an empty list first keeps the connection in use (cognito.profile / region / endpoint),
// so the tree shows it beside the new one instead of replacing it.

export interface ConnectionSettingsAccess {
  writer: SettingsWriter;
  /** The `cognito.connections` value as the settings hold it, entries that could not be used included. */
  currentList(): unknown[];
  /** The connection in use while the list is empty, with its region resolved. */
  currentSingle(): Promise<ConnectionEntry>;
}

export interface ManageConnectionsDeps {
  prompter: Prompter;
  feedback: Feedback;
  settings: ConnectionSettingsAccess;
}

const ADD_TITLE = 'Add Connection';
const EMULATOR = Symbol('emulator');
const DEFAULT_CHAIN = Symbol('default chain');
const OTHER_REGION = Symbol('other region');

interface AddAnswers {
  where: string | typeof EMULATOR | typeof DEFAULT_CHAIN;
  endpoint: string;
  region: string;
  label: string;
}

export async function addConnection(deps: ManageConnectionsDeps, profiles: Promise<ProfileInfo[]>): Promise<Connection | undefined> {
  const { prompter } = deps;
  const loaded = profiles.catch((): ProfileInfo[] => []);
  return runFlow<AddAnswers, Connection | undefined>({
    title: ADD_TITLE,
    given: {},
    steps: [
      {
        fills: 'where',
        ask: (_, step) =>
          prompter.pick<string | typeof EMULATOR | typeof DEFAULT_CHAIN>(
            loaded.then((list) => [
              ...list.map((p) => ({ label: p.name, description: [KIND_LABELS[p.kind], p.region].filter(Boolean).join(' · '), value: p.name })),
              { label: '$(debug-restart) Default credential chain', detail: 'Environment variables, AWS_PROFILE, then the "default" profile, as the AWS CLI', value: DEFAULT_CHAIN },
              { label: '$(plug) Local emulator…', detail: 'An endpoint such as cognito-local on http://127.0.0.1:9229', value: EMULATOR },
            ]),
            { ...step, placeholder: 'An AWS profile from your AWS config and credentials files, or a local emulator' },
          ),
      },
      {
        fills: 'endpoint',
        // Counted once the emulator is chosen.
        skip: (a) => a.where !== EMULATOR,
        ask: async (_, step) =>
          (
            await prompter.input({
              ...step,
              prompt: 'Endpoint of the emulator (plain http only for this machine)',
              placeholder: 'http://127.0.0.1:9229',
              validate: (value) => (value.trim() === '' ? 'Enter the endpoint, e.g. http://127.0.0.1:9229.' : checkEndpoint(value)),
            })
          ).trim(),
      },
      { fills: 'region', ask: async ({ where }, step) => askRegion(prompter, step, typeof where === 'string' ? (await loaded).find((p) => p.name === where)?.region : undefined) },
      { fills: 'label', ask: async (a, step) => (await prompter.input({ ...step, prompt: 'A label for the tree (optional; Enter keeps the default)', placeholder: toConnection(entryOf(a)).label })).trim() },
    ],
    execute: (answers) => add(deps, { ...entryOf(answers), label: answers.label || undefined }),
  });
}

function entryOf({ where, region, endpoint }: AddAnswers): ConnectionEntry {
  return { profile: typeof where === 'string' ? where : undefined, region, endpoint };
}

async function add(deps: ManageConnectionsDeps, entry: ConnectionEntry): Promise<Connection | undefined> {
  const list = deps.settings.currentList();
  const existing = list.length > 0 ? list : [await deps.settings.currentSingle()];
  const known = parseConnections(existing).connections;
  const added = toConnection(entry);
  if (known.some((c) => c.id === added.id)) {
    void deps.feedback.info(`The connection "${added.label}" is already in the Cognito view.`);
    return undefined;
  }
  await deps.settings.writer.update('connections', [...existing, withoutEmptyFields(entry)]);
  deps.feedback.status(`$(check) Added the connection ${added.label}`);
  return added;
}

export async function removeConnection(deps: ManageConnectionsDeps, connection: Connection): Promise<void> {
  await deps.prompter.confirm({
    message: `Remove the connection "${connection.label}" from the Cognito view?`,
    detail: 'Its user pools stay where they are; only the entry in the cognito.connections setting goes.',
    action: 'Remove',
  });
  const remaining = deps.settings.currentList().filter((entry) => parseConnections([entry]).connections[0]?.id !== connection.id);
  await deps.settings.writer.update('connections', remaining.length > 0 ? remaining : undefined);
  deps.feedback.status(`$(check) Removed the connection ${connection.label}`);
}

async function askRegion(prompter: Prompter, step: StepInfo, profileRegion: string | undefined): Promise<string> {
  const first: PickItem<string | typeof OTHER_REGION>[] = profileRegion ? [{ label: profileRegion, description: 'the profile’s region', value: profileRegion }] : [];
  const chosen = await prompter.pick<string | typeof OTHER_REGION>(
    [
      ...first,
      ...COGNITO_REGIONS.filter((r) => r.id !== profileRegion).map((r) => ({ label: r.id, description: r.name, value: r.id })),
      { label: 'Other region…', value: OTHER_REGION },
    ],
    { ...step, placeholder: 'Region of the user pools' },
  );
  if (chosen !== OTHER_REGION) return chosen;
  return (await prompter.input({ ...step, prompt: 'Region id', placeholder: 'eu-west-1', validate: checkRegion })).trim();
}

function withoutEmptyFields(entry: ConnectionEntry): ConnectionEntry {
  return Object.fromEntries(Object.entries(entry).filter(([, value]) => value !== undefined)) as unknown as ConnectionEntry;
}
