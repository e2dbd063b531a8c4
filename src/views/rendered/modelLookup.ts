import type { Field, ViewModel } from '../../shared/views/viewModel';

// What a click in a rendered view names, looked up in the model the extension posted: the webview says
// only "copy field poolId" or "run action cognito.setUserPassword", so it can never make the extension copy,
// open or run anything that model did not offer.

export interface Copyable {
  /** Announced after copying: "Copied Pool Id". Never the value. */
  label: string;
  text: string;
}

function* fieldsOf(model: ViewModel): Generator<Field> {
  for (const section of model.sections) yield* section.fields;
  for (const token of model.tokens ?? []) {
    yield* token.header;
    yield* token.claims;
  }
}

/** The text a copy button of this field copies: a field with a copy button, or a whole token by its id. */
export function copyableOf(model: ViewModel, id: string): Copyable | undefined {
  const token = model.tokens?.find((t) => t.id === id);
  if (token?.parts) return { label: token.name, text: token.parts.join('.') };
  for (const field of fieldsOf(model)) if (field.id === id && field.copy) return { label: field.label, text: field.value };
  return undefined;
}

/** The URL a link of this field opens: only http(s), only on a field marked as a link. */
export function linkOf(model: ViewModel, id: string): string | undefined {
  for (const field of fieldsOf(model)) {
    if (field.id === id && field.link && /^https?:\/\//i.test(field.value)) return field.value;
  }
  return undefined;
}

/** Whether the model offers this action, under the heading or beside a value. */
export function offersAction(model: ViewModel, id: string): boolean {
  if (model.actions.some((a) => a.id === id)) return true;
  for (const field of fieldsOf(model)) if (field.actions?.some((a) => a.id === id)) return true;
  return false;
}
