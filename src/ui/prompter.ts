// What a flow may ask of the person, independent of VS Code so flows run in plain Node tests.
// Every method throws Cancelled when the person presses Esc; flows let it propagate, so nothing
// after that point (in particular no write call) runs.

import { crossBundleError } from '../shared/crossBundleClass';

/** `instanceof Cancelled` is true for a Cancelled from any of the extension's bundles (crossBundleClass.ts). */
export class Cancelled extends crossBundleError('Cancelled') {
  constructor() {
    super('Cancelled by the user');
  }
}

/**
 * Nothing to choose from: the person is told (not an error), and the command stops. `instanceof` is true
 * for a NothingToPick from any of the extension's bundles (shared/crossBundleClass.ts).
 */
export class NothingToPick extends crossBundleError('NothingToPick') {}

export interface StepInfo {
  title: string;
  step: number;
  totalSteps: number;
}

export interface InputRequest extends StepInfo {
  prompt: string;
  placeholder?: string;
  value?: string;
  /** A password box: the text is masked. */
  password?: boolean;
  /** Runs as the person types; a returned sentence blocks Enter and is shown under the box. */
  validate?: (value: string) => string | undefined;
}

export interface PickItem<T> {
  label: string;
  description?: string;
  detail?: string;
  value: T;
  /** Pre-selected in a multi-select pick. */
  picked?: boolean;
}

export interface PickRequest extends StepInfo {
  placeholder: string;
}

/** A modal question before something that cannot be undone. */
export interface ConfirmRequest {
  message: string;
  detail?: string;
  /** The button that goes ahead, e.g. "Remove". */
  action: string;
}

/** A pick whose items come from a server-side search as the person types (pools can hold millions). */
export interface SearchPickRequest<T> extends PickRequest {
  search(text: string): Promise<PickItem<T>[]>;
}

/**
 * A save or open dialog: the chosen file's path on the extension host's disk (another file system is refused).
 * Both start in the folder used last, else the workspace folder.
 */
export interface FileRequest {
  title: string;
  /** Save: the suggested file name, filled in. */
  defaultName?: string;
  /** Extensions by label, e.g. { CSV: ['csv'] }. */
  filters: Record<string, string[]>;
}

export interface Prompter {
  saveFile(request: FileRequest): Promise<string>;
  openFile(request: FileRequest): Promise<string>;
  searchPick<T>(request: SearchPickRequest<T>): Promise<T>;
  input(request: InputRequest): Promise<string>;
  /** Resolves when the person chooses the action; Cancel, Esc or closing the dialog throw Cancelled. */
  confirm(request: ConfirmRequest): Promise<void>;
  /** Items may still be loading; the pick shows a busy indicator meanwhile. */
  pick<T>(items: PickItem<T>[] | Promise<PickItem<T>[]>, request: PickRequest): Promise<T>;
  pickMany<T>(items: PickItem<T>[], request: PickRequest): Promise<T[]>;
}

