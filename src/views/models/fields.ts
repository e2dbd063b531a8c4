import type { Field, ViewAction } from '../../shared/views/viewModel';

// The few shapes every details model repeats: a machine value (id, ARN, URL) with its copy button, a
// date with its text, a list that reads "none" when empty. Kept here so the models say what they show.

/** An id, ARN or other machine value: monospace, with a copy button. */
export function idField(id: string, label: string, value: string, extra: Partial<Field> = {}): Field {
  return { id, label, value, mono: true, copy: true, ...extra };
}

/** A URL: like an id, and it opens in the browser when it is http(s) (a callback may be `myapp://`). */
export function urlField(id: string, label: string, url: string): Field {
  return idField(id, label, url, /^https?:\/\//i.test(url) ? { link: true } : {});
}

/** A date, or "unknown" when the endpoint did not tell it. */
export function dateField(id: string, label: string, date: Date | undefined): Field {
  return date ? { id, label, value: date.toLocaleString(), time: date.getTime() } : { id, label, value: 'unknown' };
}

/** A plain value. */
export function textField(id: string, label: string, value: string, extra: Partial<Field> = {}): Field {
  return { id, label, value, ...extra };
}

/** Values joined by commas, "none" when there are none. */
export function listText(values: readonly string[] | undefined): string {
  return values && values.length > 0 ? values.join(', ') : 'none';
}

/** A button that runs a command on the view's subject: `id` is the command id, `label` its title. */
export function action(id: `cognito.${string}`, label: string, icon?: string): ViewAction {
  return icon ? { id, label, icon } : { id, label };
}
