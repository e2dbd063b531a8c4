// The rendered views as the extension-host tests see them: the models the extension posted to each panel
// (its test seam records every message), and the active tab's webview type. The page itself is the UI
// level's to read (test/ui/); here the question is what the extension sent, and when.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CognitoExtensionApi } from '../../src/extension';
import type { Field, ViewModel } from '../../src/shared/views/viewModel';

export type RecordedMessage = ReturnType<CognitoExtensionApi['webviewMessagesForTests']>[number];

/** What the extension posted to the panels titled `title`, oldest first. */
export function sentTo(api: CognitoExtensionApi, title: string): RecordedMessage[] {
  return api.webviewMessagesForTests().filter((m) => m.title === title && m.direction === 'toWebview');
}

/** The latest model posted to the panel titled `title` once it satisfies `accept`: waits for the page to load and ask. */
export async function renderedModel(api: CognitoExtensionApi, title: string, accept: (model: ViewModel) => boolean = () => true): Promise<ViewModel> {
  let last: ViewModel | undefined;
  for (let attempt = 0; attempt < 150; attempt++) {
    const renders = sentTo(api, title).flatMap((m) => ((m.message as { type?: string }).type === 'render' ? [(m.message as { model: ViewModel }).model] : []));
    last = renders.at(-1);
    if (last && accept(last)) return last;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`the panel "${title}" was never sent the model expected; the last one:\n${JSON.stringify(last, null, 2)}`);
}

/** Every field of a model: its sections', and its tokens' header members and claims. */
export function fieldsOf(model: ViewModel): Field[] {
  return [...model.sections.flatMap((s) => s.fields), ...(model.tokens ?? []).flatMap((t) => [...t.header, ...t.claims])];
}

/** The value shown beside a label (the first field with that label). */
export function valueOf(model: ViewModel, label: string): string | undefined {
  return fieldsOf(model).find((f) => f.label === label)?.value;
}

/** The webview type of the active editor tab, when it is a rendered panel (VS Code prefixes it). */
export function activeWebviewType(): string | undefined {
  const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
  return input instanceof vscode.TabInputWebview ? input.viewType.replace(/^mainThreadWebview-/, '') : undefined;
}
