import * as vscode from 'vscode';

import { formatExpiry } from '../statusBar/time';
import type { ActiveSession } from '../session/activeSession';

/**
 * Puts a session's variables into the environment of new integrated terminals through the extension's
 * environment variable collection. The collection is not persistent: VS Code would otherwise store the
 * credentials on disk in plain text and apply them again after a reload.
 */
export class TerminalEnvironment {
  constructor(private readonly collection: vscode.GlobalEnvironmentVariableCollection) {
    collection.persistent = false;
  }

  apply(active: ActiveSession): void {
    this.collection.clear();
    for (const [name, value] of active.variables) {
      this.collection.replace(name, value);
    }
    const { session } = active;
    this.collection.description = new vscode.MarkdownString(
      `AWS credentials of profile \`${session.profile}\` (role \`${session.roleArn}\`), ` +
      `valid until ${formatExpiry(session.expiration)}.`);
  }

  clear(): void {
    this.collection.clear();
    this.collection.description = undefined;
  }
}
