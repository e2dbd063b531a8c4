import { Cancelled, type FileRequest, type ConfirmRequest, type InputRequest, type PickItem, type PickRequest, type Prompter, type SearchPickRequest } from '../../src/ui/prompter';

// A Prompter that plays back scripted answers, in order, and fails loudly when the flow asks
// something the script did not expect, gives an answer its own validation rejects, or leaves answers
// unused (see assertDone). ESC plays the part of the Esc key.

export const ESC = Symbol('Esc');

/** `{ confirm: true }` presses the dialog's action button, `{ confirm: false }` its Cancel. */
/** `{ search: 'al', pick: 'alice' }` types "al" into a searching pick, then picks among what it found. */
export type Answer = { input: string } | { inputFrom: () => Promise<string> } | { pick: string; search?: string } | { pickMany: string[] } | { confirm: boolean } | { file: string } | typeof ESC;

export interface AskedPrompt {
  type: 'input' | 'pick' | 'pickMany' | 'confirm' | 'file';
  title: string;
  step: number;
  totalSteps: number;
  text: string;
  password?: boolean;
  labels?: string[];
  /** An input box's placeholder (its example answer). */
  placeholder?: string;
  /** A confirmation's second line. */
  detail?: string;
  /** Each pick item's description and detail line, in the order of labels. */
  descriptions?: (string | undefined)[];
  details?: (string | undefined)[];
  /** A file dialog's filters, as "label (extensions)". */
  filters?: string[];
  /** Which items of a multiple pick start ticked. */
  picked?: boolean[];
  /** The text an input box starts with. */
  value?: string;
}

export class ScriptedPrompter implements Prompter {
  readonly asked: AskedPrompt[] = [];
  private readonly answers: Answer[];

  constructor(answers: Answer[]) {
    this.answers = [...answers];
  }

  async input(request: InputRequest): Promise<string> {
    this.asked.push({ type: 'input', title: request.title, step: request.step, totalSteps: request.totalSteps, text: request.prompt, password: request.password, placeholder: request.placeholder, value: request.value });
    const answer = this.take('input', request.prompt);
    if (answer === ESC) throw new Cancelled();
    if (!('input' in answer) && !('inputFrom' in answer)) throw new Error(`Script expected ${describe(answer)} but the flow asked for input: ${request.prompt}`);
    // inputFrom: what is typed is known only once the box is open (an authenticator app's code of a secret just shown).
    const text = 'input' in answer ? answer.input : await answer.inputFrom();
    const problem = request.validate?.(text);
    if (problem) throw new Error(`Scripted input "${text}" was rejected by the box's validation: ${problem}`);
    return text;
  }

  async saveFile(request: FileRequest): Promise<string> {
    return this.file('save', request);
  }

  async openFile(request: FileRequest): Promise<string> {
    return this.file('open', request);
  }

  private file(kind: 'save' | 'open', request: FileRequest): string {
    const filters = Object.entries(request.filters).map(([label, extensions]) => `${label} (${extensions.join(', ')})`);
    this.asked.push({ type: 'file', title: request.title, step: 0, totalSteps: 0, text: `${kind} ${request.defaultName ?? ''}`.trim(), filters });
    const answer = this.take('file', request.title);
    if (answer === ESC) throw new Cancelled();
    if (!('file' in answer)) throw new Error(`Script expected ${describe(answer)} but the flow asked for a file to ${kind}: ${request.title}`);
    return answer.file;
  }

  async confirm(request: ConfirmRequest): Promise<void> {
    this.asked.push({ type: 'confirm', title: request.action, step: 0, totalSteps: 0, text: request.message, detail: request.detail });
    const answer = this.take('confirm', request.message);
    if (answer === ESC) throw new Cancelled();
    if (!('confirm' in answer)) throw new Error(`Script expected ${describe(answer)} but the flow asked to confirm: ${request.message}`);
    if (!answer.confirm) throw new Cancelled();
  }

  async pick<T>(items: PickItem<T>[] | Promise<PickItem<T>[]>, request: PickRequest): Promise<T> {
    const list = await items;
    this.asked.push({ type: 'pick', title: request.title, step: request.step, totalSteps: request.totalSteps, text: request.placeholder, labels: list.map((i) => i.label), descriptions: list.map((i) => i.description), details: list.map((i) => i.detail) });
    const answer = this.take('pick', request.placeholder);
    if (answer === ESC) throw new Cancelled();
    if (!('pick' in answer)) throw new Error(`Script expected ${describe(answer)} but the flow asked to pick: ${request.placeholder}`);
    return findItem(list, answer.pick).value;
  }

  /** What each searching pick was asked to search for, in order. */
  readonly searches: string[] = [];

  async searchPick<T>(request: SearchPickRequest<T>): Promise<T> {
    const answer = this.take('pick', request.placeholder);
    if (answer === ESC) {
      this.asked.push({ type: 'pick', title: request.title, step: request.step, totalSteps: request.totalSteps, text: request.placeholder });
      throw new Cancelled();
    }
    if (!('pick' in answer)) throw new Error(`Script expected ${describe(answer)} but the flow asked to search and pick: ${request.placeholder}`);
    const text = answer.search ?? '';
    this.searches.push(text);
    const list = await request.search(text);
    this.asked.push({ type: 'pick', title: request.title, step: request.step, totalSteps: request.totalSteps, text: request.placeholder, labels: list.map((i) => i.label), descriptions: list.map((i) => i.description), details: list.map((i) => i.detail) });
    return findItem(list, answer.pick).value;
  }

  async pickMany<T>(items: PickItem<T>[], request: PickRequest): Promise<T[]> {
    this.asked.push({
      type: 'pickMany',
      title: request.title,
      step: request.step,
      totalSteps: request.totalSteps,
      text: request.placeholder,
      labels: items.map((i) => i.label),
      descriptions: items.map((i) => i.description),
      details: items.map((i) => i.detail),
      picked: items.map((i) => i.picked ?? false),
    });
    const answer = this.take('pickMany', request.placeholder);
    if (answer === ESC) throw new Cancelled();
    if (!('pickMany' in answer)) throw new Error(`Script expected ${describe(answer)} but the flow asked to pick several: ${request.placeholder}`);
    return answer.pickMany.map((label) => findItem(items, label).value);
  }

  /** Throws if the flow finished without using every scripted answer. */
  assertDone(): void {
    if (this.answers.length > 0) throw new Error(`${this.answers.length} scripted answer(s) left over: ${this.answers.map(describe).join(', ')}`);
  }

  private take(type: string, text: string): Answer {
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error(`The flow asked an unscripted ${type}: ${text}`);
    return answer;
  }
}

/** An item whose label is exactly `label`, or else the only one that contains it. */
function findItem<T>(items: PickItem<T>[], label: string): PickItem<T> {
  const exact = items.find((i) => i.label === label);
  if (exact) return exact;
  const partial = items.filter((i) => i.label.includes(label));
  if (partial.length !== 1) throw new Error(`No single pick item matches "${label}" among: ${items.map((i) => i.label).join(' | ')}`);
  return partial[0];
}

function describe(answer: Answer): string {
  return answer === ESC ? 'Esc' : JSON.stringify(answer);
}
