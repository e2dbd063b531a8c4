import { html, nothing, type TemplateResult } from 'lit';
import { SVG_DATA_URI_PREFIX, type ViewImage, type ViewModel, type ViewSection } from '../shared/views/viewModel';
import type { Post } from './host';
import { actionButton, renderField } from './renderField';
import { renderToken } from './renderToken';

// A whole model: the heading and its lead, the subject's actions, the sections of labelled values (with
// their pictures) and the tokens. `now` is the clock the relative times and countdowns are read against.

/** Only an SVG the extension made and encoded; any other address (a file, a web page) is not shown. */
function renderImage(image: ViewImage): TemplateResult | typeof nothing {
  if (!image.dataUri.startsWith(SVG_DATA_URI_PREFIX)) return nothing;
  return html`<img class="picture" data-image=${image.id} src=${image.dataUri} alt=${image.alt} />`;
}

function renderSection(section: ViewSection, post: Post, now: number): TemplateResult {
  return html`<section class="details">
    <h2>${section.title}</h2>
    ${(section.images ?? []).map(renderImage)}
    <div class="fields">${section.fields.map((field) => renderField(field, post, now))}</div>
  </section>`;
}

export function renderHeading(title: string, lead: string | undefined): TemplateResult {
  return html`<h1>${title}</h1>
    ${lead ? html`<p class="lead" data-lead>${lead}</p>` : nothing}`;
}

export function renderModel(model: ViewModel, post: Post, now: number): TemplateResult {
  return html`${renderHeading(model.title, model.lead)}
    ${model.actions.length ? html`<div class="actions">${model.actions.map((action) => actionButton(action, post, true))}</div>` : nothing}
    ${model.sections.map((section) => renderSection(section, post, now))} ${(model.tokens ?? []).map((token) => renderToken(token, post, now))}`;
}
