import * as vscode from 'vscode';
import { FileDialogs } from './fileDialogs';
import { Cancelled, type FileRequest, type ConfirmRequest, type InputRequest, type PickItem, type PickRequest, type Prompter, type SearchPickRequest } from './prompter';

/** Wait this long after the last keystroke before searching, so typing a name costs one call. */
const SEARCH_DELAY_MS = 300;

// The Prompter on VS Code's InputBox and QuickPick, which (unlike showInputBox) show a title and a
// step counter. Hiding a box without accepting it (Esc) rejects with Cancelled. Boxes stay open when
// focus moves elsewhere (ignoreFocusOut), so looking something up mid-flow loses nothing.

export class VscodePrompter implements Prompter {
  private readonly fileDialogs = new FileDialogs();

  input(request: InputRequest): Promise<string> {
    const box = vscode.window.createInputBox();
    Object.assign(box, {
      title: request.title,
      step: request.step,
      totalSteps: request.totalSteps,
      prompt: request.prompt,
      placeholder: request.placeholder,
      value: request.value ?? '',
      password: request.password ?? false,
      ignoreFocusOut: true,
    });
    const validate = (value: string) => (box.validationMessage = request.validate?.(value));
    // A prefilled value is checked at once; an empty box is not scolded before anything is typed.
    if (box.value) validate(box.value);
    return new Promise<string>((resolve, reject) => {
      const subscriptions = [
        box.onDidChangeValue(validate),
        box.onDidAccept(() => {
          if (validate(box.value) !== undefined) return;
          settle(() => resolve(box.value));
        }),
        box.onDidHide(() => settle(() => reject(new Cancelled()))),
      ];
      const settle = settleOnce(() => {
        subscriptions.forEach((s) => s.dispose());
        box.dispose();
      });
      box.show();
    });
  }

  async confirm(request: ConfirmRequest): Promise<void> {
    const chosen = await vscode.window.showWarningMessage(request.message, { modal: true, detail: request.detail }, request.action);
    if (chosen !== request.action) throw new Cancelled();
  }

  saveFile(request: FileRequest): Promise<string> {
    return this.fileDialogs.save(request);
  }

  openFile(request: FileRequest): Promise<string> {
    return this.fileDialogs.open(request);
  }

  searchPick<T>(request: SearchPickRequest<T>): Promise<T> {
    type Item = vscode.QuickPickItem & { value: T };
    const pick = vscode.window.createQuickPick<Item>();
    Object.assign(pick, { title: request.title, step: request.step, totalSteps: request.totalSteps, placeholder: request.placeholder, ignoreFocusOut: true, matchOnDescription: true });
    let latest = 0;
    let timer: NodeJS.Timeout | undefined;
    return new Promise<T>((resolve, reject) => {
      const search = (text: string) => {
        const ticket = ++latest;
        pick.busy = true;
        request.search(text).then(
          (items) => {
            if (ticket !== latest) return; // a later keystroke's answer wins
            pick.items = items.map((item) => ({ label: item.label, description: item.description, detail: item.detail, alwaysShow: true, value: item.value }));
            pick.busy = false;
          },
          (error: unknown) => settle(() => reject(error)),
        );
      };
      const subscriptions = [
        pick.onDidChangeValue((text) => {
          clearTimeout(timer);
          timer = setTimeout(() => search(text), SEARCH_DELAY_MS);
        }),
        pick.onDidAccept(() => {
          const [chosen] = pick.activeItems;
          if (chosen) settle(() => resolve(chosen.value));
        }),
        pick.onDidHide(() => settle(() => reject(new Cancelled()))),
      ];
      const settle = settleOnce(() => {
        clearTimeout(timer);
        subscriptions.forEach((s) => s.dispose());
        pick.dispose();
      });
      search('');
      pick.show();
    });
  }

  pick<T>(items: PickItem<T>[] | Promise<PickItem<T>[]>, request: PickRequest): Promise<T> {
    return this.showPick(items, request, false).then((chosen) => chosen[0]);
  }

  pickMany<T>(items: PickItem<T>[], request: PickRequest): Promise<T[]> {
    return this.showPick(items, request, true);
  }

  private showPick<T>(items: PickItem<T>[] | Promise<PickItem<T>[]>, request: PickRequest, canPickMany: boolean): Promise<T[]> {
    type Item = vscode.QuickPickItem & { value: T };
    const pick = vscode.window.createQuickPick<Item>();
    Object.assign(pick, {
      title: request.title,
      step: request.step,
      totalSteps: request.totalSteps,
      placeholder: request.placeholder,
      canSelectMany: canPickMany,
      ignoreFocusOut: true,
      matchOnDescription: true,
      busy: true,
    });
    return new Promise<T[]>((resolve, reject) => {
      const subscriptions = [
        pick.onDidAccept(() => {
          const chosen = canPickMany ? pick.selectedItems : pick.activeItems.slice(0, 1);
          if (!canPickMany && chosen.length === 0) return;
          settle(() => resolve(chosen.map((item) => item.value)));
        }),
        pick.onDidHide(() => settle(() => reject(new Cancelled()))),
      ];
      const settle = settleOnce(() => {
        subscriptions.forEach((s) => s.dispose());
        pick.dispose();
      });
      Promise.resolve(items).then(
        (list) => {
          const quickPickItems: Item[] = list.map((item) => ({ label: item.label, description: item.description, detail: item.detail, value: item.value }));
          pick.items = quickPickItems;
          if (canPickMany) pick.selectedItems = quickPickItems.filter((_, i) => list[i].picked);
          pick.busy = false;
        },
        (error: unknown) => settle(() => reject(error)),
      );
      pick.show();
    });
  }
}

/** Runs cleanup and the first outcome only: accept and the hide that follows it must not both count. */
function settleOnce(cleanup: () => void): (outcome: () => void) => void {
  let settled = false;
  return (outcome) => {
    if (settled) return;
    settled = true;
    outcome();
    cleanup();
  };
}
