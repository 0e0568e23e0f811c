import type * as vscode from 'vscode';

import { fromStored, toStored, type ActiveSession } from './activeSession';

/** Key of the one SecretStorage entry that contains the session. */
const StorageKey = 'awsAssumeRole.session';

/**
 * Keeps the active session in VS Code's SecretStorage (the OS keychain on desktop) so that it survives a
 * window reload. Nothing of the session is written to globalState, workspaceState, settings or files.
 */
export class SessionStore {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  async save(active: ActiveSession): Promise<void> {
    await this.secrets.store(StorageKey, JSON.stringify(toStored(active)));
  }

  async load(): Promise<ActiveSession | undefined> {
    return fromStored(await this.secrets.get(StorageKey));
  }

  async delete(): Promise<void> {
    await this.secrets.delete(StorageKey);
  }
}
