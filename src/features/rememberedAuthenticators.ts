import type * as vscode from 'vscode';
import type { RememberedAuthenticators } from '../commands/flows/deps';
import { authenticatorId, REMEMBERED_AUTHENTICATORS_STATE, secretStorageKey, type AuthenticatorKey } from '../shared/rememberedAuthenticators';

// The test users' authenticator secrets the person chose to remember: each in VS Code's SecretStorage (the
// operating system's keychain where there is one), never in settings, files or the log. Beside them, in the
// global state, only the list of whose they are (no secret), so the tree can mark those users' rows (Copy TOTP
// Code) at startup without reading the secret storage; `onChange` tells the tree each time the list changes.

export function rememberedAuthenticators(secrets: vscode.SecretStorage, state: vscode.Memento, onChange: (ids: readonly string[]) => void): RememberedAuthenticators {
  const ids = () => state.get<string[]>(REMEMBERED_AUTHENTICATORS_STATE, []);
  const setIds = async (next: string[]) => {
    await state.update(REMEMBERED_AUTHENTICATORS_STATE, next.length > 0 ? next : undefined);
    onChange(next);
  };
  return {
    has: (key: AuthenticatorKey) => ids().includes(authenticatorId(key)),
    secret: async (key) => (await secrets.get(secretStorageKey(key))) ?? undefined,
    remember: async (key, secret) => {
      await secrets.store(secretStorageKey(key), secret);
      const id = authenticatorId(key);
      if (!ids().includes(id)) await setIds([...ids(), id]);
    },
    forget: async (key) => {
      await secrets.delete(secretStorageKey(key));
      await setIds(ids().filter((id) => id !== authenticatorId(key)));
    },
  };
}
