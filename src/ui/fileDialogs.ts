import * as os from 'node:os';
import * as vscode from 'vscode';
import { CognitoError } from '../shared/errors';
import { Cancelled, type FileRequest } from './prompter';

// The save and open dialogs of Export Users and Import Users. Both start in the folder used last (remembered
// for this session), else the workspace's first folder, else the home folder; a save dialog has the suggested
// file name filled in, so Enter (or OK) takes it.
// The answer is a path on the extension host's disk: export streams its pages to the file with Node's fs
// (vscode.workspace.fs writes a whole file at once, and 100,000 users must not be held in memory), and import
// reads it the same way. So a file of another file system (a virtual workspace, say) is refused in one sentence
// rather than failing somewhere in the middle.

export class FileDialogs {
  /** The folder of the file chosen last, in either dialog. */
  private lastFolder: vscode.Uri | undefined;

  async save(request: FileRequest): Promise<string> {
    const folder = this.startFolder();
    const uri = await vscode.window.showSaveDialog({
      title: request.title,
      filters: request.filters,
      defaultUri: request.defaultName ? vscode.Uri.joinPath(folder, request.defaultName) : folder,
    });
    return this.chosen(uri, 'write');
  }

  async open(request: FileRequest): Promise<string> {
    const [uri] = (await vscode.window.showOpenDialog({ title: request.title, filters: request.filters, canSelectMany: false, openLabel: 'Import', defaultUri: this.startFolder() })) ?? [];
    return this.chosen(uri, 'read');
  }

  private startFolder(): vscode.Uri {
    const workspaceFolder = vscode.workspace.workspaceFolders?.find((f) => f.uri.scheme === 'file')?.uri;
    return this.lastFolder ?? workspaceFolder ?? vscode.Uri.file(os.homedir());
  }

  private chosen(uri: vscode.Uri | undefined, access: 'read' | 'write'): string {
    if (!uri) throw new Cancelled();
    if (uri.scheme !== 'file') {
      const verb = access === 'write' ? 'written' : 'read';
      throw new CognitoError(`Only files on the disk where the extension runs can be ${verb}, not ${uri.scheme}: files; choose a file on that disk.`, 'unsupported');
    }
    this.lastFolder = vscode.Uri.joinPath(uri, '..');
    return uri.fsPath;
  }
}
