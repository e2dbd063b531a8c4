import type { StepInfo } from '../../ui/prompter';

// A flow as a list of steps, after vscode-azuretools' wizard of prompt and execute steps but as plain
// objects: the questions in order, each filling one answer and skipped when that answer is already known
// (a pool from the node, or something an earlier answer settles), then one execute step. Execute runs
// only once every question is answered, so Esc anywhere (Cancelled from the prompter) writes nothing.
//
// "Step n of m" is derived, never counted by hand. n is 1 + the numbered questions already asked. m is
// n + the numbered questions after this one that `skip` does not rule out on the answers so far. `skip`
// is asked again before every question, so m follows the answers as they arrive, as VS Code's own
// multi-step input does: an answer not given yet is undefined, and the predicate says what that counts
// as. `skip: (a) => a.email === ''` counts "mark it verified?" until the e-mail is known to be empty;
// `skip: (a) => a.where !== EMULATOR` counts the endpoint only once the emulator is chosen.

/** A numbered question: an input box, a quick pick or a file dialog (sub-questions reuse its `step`). */
export interface AskStep<A, K extends keyof A> {
  /** The answer this step fills. */
  fills: K;
  /** The answers of earlier steps (and what was given) are there; later ones are not yet. */
  ask(answers: A, step: StepInfo): Promise<A[K]>;
  skip?(answers: Partial<A>): boolean;
}

/** Reads what later questions need (a pool's password policy). It asks nothing, so it has no number. */
export interface LoadStep<A, K extends keyof A> {
  fills: K;
  load(answers: A): Promise<A[K]>;
  skip?(answers: Partial<A>): boolean;
}

/** A modal question before something that cannot be undone: it shows no counter, so it has no number. */
export interface ConfirmStep<A> {
  confirm(answers: A): Promise<void>;
  skip?(answers: Partial<A>): boolean;
}

export type Step<A> = { [K in keyof A]-?: AskStep<A, K> | LoadStep<A, K> }[keyof A] | ConfirmStep<A>;

/** Numbers for questions found only while executing (a sign-in's challenges): each is one more step. */
export interface StepsAfter {
  next(): StepInfo;
}

export interface Flow<A, R> {
  title: string;
  /** Answers known before the first question: from the node the command ran on. */
  given: Partial<A>;
  steps: Step<A>[];
  execute(answers: A, after: StepsAfter): Promise<R>;
}

export async function runFlow<A, R>(flow: Flow<A, R>): Promise<R> {
  const answers = { ...flow.given } as A;
  let asked = 0;
  for (const [i, step] of flow.steps.entries()) {
    if (step.skip?.(answers)) continue;
    if ('ask' in step) {
      asked += 1;
      const info = { title: flow.title, step: asked, totalSteps: asked + numberedAfter(flow.steps.slice(i + 1), answers) };
      answers[step.fills] = await step.ask(answers, info);
    } else if ('load' in step) answers[step.fills] = await step.load(answers);
    else await step.confirm(answers);
  }
  return flow.execute(answers, stepsAfter(flow.title, asked));
}

/** A flow of one question and nothing more (a target picked from the palette): it is step 1 of 1. */
export function askAlone<T>(title: string, ask: (step: StepInfo) => Promise<T>): Promise<T> {
  return runFlow<{ answer: T }, T>({ title, given: {}, steps: [{ fills: 'answer', ask: (_answers, step) => ask(step) }], execute: async (a) => a.answer });
}

/** Numbers the questions that follow `asked` numbered ones: each is step n of n, one more than the last. */
export function stepsAfter(title: string, asked: number): StepsAfter {
  let last = asked;
  return {
    next: () => {
      last += 1;
      return { title, step: last, totalSteps: last };
    },
  };
}

/** The numbered questions among `steps` that the answers so far do not rule out. */
function numberedAfter<A>(steps: Step<A>[], answers: A): number {
  return steps.filter((step) => 'ask' in step && !step.skip?.(answers)).length;
}
