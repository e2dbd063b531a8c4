import { html, nothing, type TemplateResult } from 'lit';
import type { Field, ViewAction } from '../shared/views/viewModel';
import type { Post } from './host';
import { relativeTime } from '../shared/views/relativeTime';
import { localTime } from './times';

// The parts of one labelled value, shared by a section's rows and a token's claim tables: the value (as
// text, or a link the extension opens), its time local and relative, its copy button and its actions.
// Every value goes through a lit binding, which sets text, never markup.

/** A button that runs one of the extension's commands; the extension looks `action.id` up in its model. */
export function actionButton(action: ViewAction, post: Post, secondary = false): TemplateResult {
  return html`<vscode-button
    data-action=${action.id}
    icon=${action.icon ?? ''}
    ?secondary=${secondary}
    @click=${() => post({ type: 'action', action: action.id })}
    >${action.label}</vscode-button
  >`;
}

/** An icon button whose accessible name says what it copies: "Copy Pool Id", "Copy claim sub". */
export function copyButton(fieldId: string, name: string, post: Post): TemplateResult {
  return html`<vscode-button
    class="copy"
    data-copy=${fieldId}
    icon="copy"
    icon-only
    secondary
    aria-label=${name}
    title=${name}
    @click=${() => post({ type: 'copy', field: fieldId })}
  ></vscode-button>`;
}

// A link's address is the model's own value; anything but http(s) (a `javascript:` text) stays plain text.
const isWebAddress = (value: string) => /^https?:\/\//i.test(value);

/** The value as text; a link's click goes to the extension, which opens only the URL of its own model. */
export function fieldValue(field: Field, post: Post, now: number): TemplateResult {
  const open = (event: Event) => {
    event.preventDefault();
    post({ type: 'open', field: field.id });
  };
  // A time is shown in this page's locale with how long ago it is; the model's text is for Show as Text.
  if (field.time !== undefined) {
    return html`<span data-value>${localTime(field.time)}</span> <span class="time" data-time>· ${relativeTime(field.time, now)}</span>`;
  }
  return field.link && isWebAddress(field.value)
    ? html`<a data-value class="mono" href=${field.value} @click=${open}>${field.value}</a>`
    : html`<span data-value class=${field.mono ? 'mono' : ''}>${field.value}</span>`;
}

/** The copy button (when the field offers one) and the field's own actions. */
export function fieldButtons(field: Field, copyName: string, post: Post): TemplateResult {
  return html`${field.copy ? copyButton(field.id, copyName, post) : nothing}${(field.actions ?? []).map((action) => actionButton(action, post, true))}`;
}

/** One labelled row of a details section. */
export function renderField(field: Field, post: Post, now: number): TemplateResult {
  return html`<div class="field" data-field=${field.id}>
    <div class="label">
      <span class="name">${field.label}</span>
      ${field.hint ? html`<span class="hint">${field.hint}</span>` : nothing}
    </div>
    <div class="value">${fieldValue(field, post, now)}</div>
    <div class="buttons">${fieldButtons(field, `Copy ${field.label}`, post)}</div>
  </div>`;
}
