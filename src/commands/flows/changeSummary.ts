import { NothingToPick } from '../../ui/prompter';
import type { FlowDeps } from './deps';
import type { ConfirmStep } from './steps';

// The last step of every edit flow (pool settings, app client settings, custom attributes, groups): a
// modal that lists each setting the edit changes as "before → after", says in one sentence what the change
// means for what already exists (tokens issued, users signed up), and goes ahead only on its button. An edit
// that changes nothing ends here, with a sentence, and sends nothing.

/** One setting an edit changes, as the person reads it. */
export interface SettingChange {
  /** "Minimum length", "Access token valid for". */
  setting: string;
  before: string;
  after: string;
}

/** The settings whose text differs; a setting whose text is the same is no change. */
export function changedSettings(all: readonly SettingChange[]): SettingChange[] {
  return all.filter((change) => change.before !== change.after);
}

/** "Minimum length: 8 → 12", one line each. */
export function summaryLines(changes: readonly SettingChange[]): string {
  return changes.map((c) => `${c.setting}: ${c.before} → ${c.after}`).join('\n');
}

export interface ChangeConfirmation<A> {
  /** What is edited: "the password policy of demo-pool". */
  subject(answers: A): string;
  /** Every setting the flow asked about, before and after; only those that differ are listed. */
  changes(answers: A): SettingChange[];
  /** What the change means for what exists, in one sentence ("Tokens issued before keep their lifetime."). */
  consequence?(answers: A): string | undefined;
  /** The button: "Save" unless said otherwise. */
  action?: string;
}

/** A confirm step listing what changes; throws NothingToPick (a sentence, nothing sent) when nothing does. */
export function confirmChanges<A>(deps: FlowDeps, confirmation: ChangeConfirmation<A>): ConfirmStep<A> {
  return {
    confirm: async (answers) => {
      const changes = changedSettings(confirmation.changes(answers));
      const subject = confirmation.subject(answers);
      if (changes.length === 0) throw new NothingToPick(`Nothing to change: ${subject} already has these settings.`);
      const consequence = confirmation.consequence?.(answers);
      await deps.prompter.confirm({
        message: `Change ${subject}?`,
        detail: [summaryLines(changes), consequence].filter(Boolean).join('\n\n'),
        action: confirmation.action ?? 'Save',
      });
    },
  };
}
