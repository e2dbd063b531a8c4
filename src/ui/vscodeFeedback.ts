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
          report: (done, failed, total) => {
            progress.report({ message: `${done} of ${total}${failed ? `, ${failed} failed` : ''}`, increment: ((done - shown) / Math.max(1, total)) * 100 });
            shown = done;
          },
        });
      }),
    ),
};

export const vscodeLinks: Links = {
  open: async (url) => {
    await vscode.env.openExternal(vscode.Uri.parse(url));
  },
};

export const vscodeClipboard: Clipboard = {
  writeText: (text) => Promise.resolve(vscode.env.clipboard.writeText(text)),
};
