import type { FlowRun } from './flowHarness';
import type { AskedPrompt, ScriptedPrompter } from './scriptedPrompter';

// What a flow run showed the person, as short lines a test compares whole: the wording is part of the
// behaviour (a question without its pool name, or a summary that says "0 users", is a bug a person sees).

/** One line per question: "input 2/4 Create Group: Description (optional)", plus what else it showed. */
export function asked(run: { prompter: ScriptedPrompter }): string[] {
  return run.prompter.asked.map(describePrompt);
}

function describePrompt(a: AskedPrompt): string {
  const head = a.type === 'confirm' ? `confirm [${a.title}]` : `${a.type} ${a.step}/${a.totalSteps} ${a.title}`;
  const extras = [
    a.placeholder !== undefined ? `placeholder: ${a.placeholder}` : undefined,
    a.value !== undefined ? `value: ${a.value}` : undefined,
    a.detail !== undefined ? `detail: ${a.detail}` : undefined,
    a.password ? 'masked' : undefined,
    a.filters ? `filters: ${a.filters.join(' | ')}` : undefined,
    a.labels ? `items: ${a.labels.map((label, i) => `${a.picked?.[i] ? '☑ ' : ''}${item(label, a.descriptions?.[i], a.details?.[i])}`).join(' | ')}` : undefined,
  ].filter((extra) => extra !== undefined);
  return [`${head}: ${a.text}`, ...extras].join(' — ');
}

/** "label (description) [detail]", leaving out what the item does not have. */
function item(label: string, description: string | undefined, detail: string | undefined): string {
  return [label, description ? `(${description})` : undefined, detail ? `[${detail}]` : undefined].filter(Boolean).join(' ');
}

/** Progress titles, status-bar lines and notifications, each list in the order they came. */
export function told(run: FlowRun): { progress: string[]; status: string[]; notifications: string[] } {
  return {
    progress: run.progressTitles,
    status: run.statusMessages,
    notifications: run.notifications.map((n) => (n.actions.length ? `${n.message} [${n.actions.join(', ')}]` : n.message)),
  };
}
