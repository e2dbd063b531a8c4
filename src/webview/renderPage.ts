import { html, nothing, type TemplateResult } from 'lit';
import type { ViewModel } from '../shared/views/viewModel';
import type { Post } from './host';
import { renderHeading, renderModel } from './renderModel';

// What the page shows at any moment: nothing yet, a model, or the sentence that replaced one (`clear`), and
// the live region below it. The live region is the same element across renders, so screen readers keep
// listening to it.
export type Shown = { kind: 'waiting' } | { kind: 'model'; model: ViewModel } | { kind: 'cleared'; title: string; lead: string };

export function renderPage(shown: Shown, announcement: string, post: Post, now: number): TemplateResult {
  const main =
    shown.kind === 'model' ? renderModel(shown.model, post, now) : shown.kind === 'cleared' ? renderHeading(shown.title, shown.lead) : nothing;
  return html`<main>${main}</main>
    <div class="announce" role="status" aria-live="polite" data-announce>${announcement}</div>`;
}
