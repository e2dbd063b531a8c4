// The save and open dialogs of Export and Import Users (src/ui/fileDialogs.ts) in the real extension host, with
// the window's showSaveDialog / showOpenDialog replaced by stand-ins that record what they were asked and answer
// a chosen URI: where each dialog starts, and that a file of another file system is refused in one sentence.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { FileDialogs } from '../../src/ui/fileDialogs';

type DialogOptions = vscode.SaveDialogOptions | vscode.OpenDialogOptions;

describe('file dialogs of Export and Import Users in the extension host', () => {
  const window = vscode.window as unknown as Record<'showSaveDialog' | 'showOpenDialog', (options: DialogOptions) => Promise<unknown>>;
  const real = { save: window.showSaveDialog, open: window.showOpenDialog };
  let asked: DialogOptions[];

  /** The dialogs answer `uri` (undefined: the person closed the dialog). */
  function answer(uri: vscode.Uri | undefined): void {
    window.showSaveDialog = async (options) => (asked.push(options), uri);
    window.showOpenDialog = async (options) => (asked.push(options), uri && [uri]);
  }

  beforeEach(() => (asked = []));
  afterEach(() => {
    window.showSaveDialog = real.save;
    window.showOpenDialog = real.open;
  });

  it('the save dialog starts in the workspace folder with the name filled in; the open dialog then starts in the folder of that file', async () => {
    const workspace = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(workspace, 'the runner opens a workspace folder');
    const dialogs = new FileDialogs();
    const chosen = vscode.Uri.file(path.join(path.sep, 'exports', 'pool-users.csv'));
    answer(chosen);
    assert.equal(await dialogs.save({ title: 'Export Users', defaultName: 'pool-users.csv', filters: { CSV: ['csv'] } }), chosen.fsPath);
    assert.equal(asked[0].defaultUri?.toString(), vscode.Uri.joinPath(workspace, 'pool-users.csv').toString());

    assert.equal(await dialogs.open({ title: 'Import Users', filters: { CSV: ['csv'] } }), chosen.fsPath);
    assert.equal(asked[1].defaultUri?.toString(), vscode.Uri.file(path.join(path.sep, 'exports')).toString(), 'the folder used last');
  });

  it('a file of another file system is refused in one sentence; closing the dialog cancels', async () => {
    const dialogs = new FileDialogs();
    answer(vscode.Uri.parse('memfs:/exports/pool-users.csv'));
    await assert.rejects(dialogs.save({ title: 'Export Users', defaultName: 'pool-users.csv', filters: {} }), {
      name: 'CognitoError',
      message: 'Only files on the disk where the extension runs can be written, not memfs: files; choose a file on that disk.',
    });
    await assert.rejects(dialogs.open({ title: 'Import Users', filters: {} }), { name: 'CognitoError', message: /can be read, not memfs: files/ });
    answer(undefined);
    await assert.rejects(dialogs.open({ title: 'Import Users', filters: {} }), { name: 'Cancelled' });
  });
});
