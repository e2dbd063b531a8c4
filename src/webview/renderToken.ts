import { html, nothing, type TemplateResult } from 'lit';
import type { Field, TokenModel } from '../shared/views/viewModel';
import type { Post } from './host';
import { copyButton, fieldButtons, fieldValue } from './renderField';
import { countdownText } from './times';

// One token as jwt.io shows it: its three parts in three colours, what the signature check found, a countdown
// to its expiry, and its header and claims as tables with a line on what each standard claim means.

const PARTS = ['header', 'payload', 'signature'] as const;

const SIGNATURE = {
  verified: { icon: 'pass', text: 'Signature verified' },
  failed: { icon: 'error', text: 'Signature check failed' },
  unchecked: { icon: 'question', text: 'Signature not checked' },
} as const;

function tokenText(parts: [string, string, string]): TemplateResult {
  // The dots stay uncoloured, as in the token; each part may break anywhere (a token is one long word).
  return html`<p class="token-text mono">${PARTS.map(
    (part, i) => html`${i > 0 ? html`<span class="dot">.</span>` : nothing}<span class="part ${part}" data-part=${part}>${parts[i]}</span>`,
  )}</p>
    <p class="legend">${PARTS.map((part) => html`<span class="legend-item ${part}">${part}</span>`)}</p>`;
}

function signature({ state, detail }: TokenModel['signature']): TemplateResult {
  const { icon, text } = SIGNATURE[state];
  return html`<p class="signature ${state}" data-signature=${state}>
    <vscode-icon name=${icon}></vscode-icon><span><strong>${text}</strong>${detail ? html`: ${detail}` : nothing}</span>
  </p>`;
}

/** Header members or claims: name, value (with its time), meaning, copy. */
function fieldTable(caption: string, kind: 'header' | 'claim', fields: Field[], post: Post, now: number): TemplateResult {
  if (fields.length === 0) return html``;
  return html`<table class="claims">
    <caption>${caption}</caption>
    <thead>
      <tr><th scope="col">Name</th><th scope="col">Value</th><th scope="col">Meaning</th><th scope="col"><span class="visually-hidden">Copy</span></th></tr>
    </thead>
    <tbody>
      ${fields.map(
        (field) => html`<tr data-field=${field.id}>
          <th scope="row" class="mono">${field.label}</th>
          <td class="value">${fieldValue(field, post, now)}</td>
          <td class="meaning">${field.hint ?? ''}</td>
          <td><div class="buttons">${fieldButtons(field, `Copy ${kind} ${field.label}`, post)}</div></td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export function renderToken(token: TokenModel, post: Post, now: number): TemplateResult {
  const headingId = `token-${token.id.replace(/[^\w-]/g, '-')}`;
  return html`<section class="token" data-token=${token.id} aria-labelledby=${headingId}>
    <div class="token-heading">
      <h2 id=${headingId}>${token.name}</h2>
      ${token.parts ? copyButton(token.id, `Copy ${token.name}`, post) : nothing}
    </div>
    ${token.expiresAt === undefined ? nothing : html`<p class="countdown" data-countdown>${countdownText(token.expiresAt, now)}</p>`}
    ${token.problem ? html`<p class="problem" data-problem>${token.problem}</p>` : nothing}
    ${token.parts ? tokenText(token.parts) : nothing}
    ${signature(token.signature)}
    ${fieldTable(`${token.name}: header`, 'header', token.header, post, now)}
    ${fieldTable(`${token.name}: claims`, 'claim', token.claims, post, now)}
  </section>`;
}
