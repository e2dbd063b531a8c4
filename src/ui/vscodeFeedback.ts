import * as vscode from 'vscode';
import type { Clipboard, Feedback, Links } from './feedback';

const STATUS_MESSAGE_MS = 5000;

export const vscodeFeedback: Feedback = {
  info: (message, ...actions) => Promise.resolve(vscode.window.showInformationMessage(message, ...actions)),
  status: (message) => {
    vscode.window.setStatusBarMessage(message, STATUS_MESSAGE_MS);
  },
  progress: (title, task) => Promise.resolve(vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title }, task)),
  bulkProgress: (title, task) =>
    Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, token) => {
        let shown = 0;
        return task({
          cancelled: () => token.isCancellationRequested,
          report: (done, failed, total, note) => {
            progress.report({ message: note ?? `${done} of ${total}${failed ? `, ${failed} failed` : ''}`, increment: total > 0 ? ((done - shown) / total) * 100 : undefined });
            shown = done;
          },
        });
      }),
    ),
  waitFor: (title, task) =>
    Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (_progress, token) => {
        const aborter = new AbortController();
        token.onCancellationRequested(() => aborter.abort());
        return task(aborter.signal);
      }),
    ),
};

export const vscodeLinks: Links = {
  open: async (url) => {
    await vscode.env.openExternal(vscode.Uri.parse(url));
  },
  showFile: async (path) => {
    await vscode.window.showTextDocument(vscode.Uri.file(path), { preview: false });
  },
  externalUri: async (url) => (await vscode.env.asExternalUri(vscode.Uri.parse(url))).toString(true),
};

export const vscodeClipboard: Clipboard = {
  writeText: (text) => Promise.resolve(vscode.env.clipboard.writeText(text)),
};
