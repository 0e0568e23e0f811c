import * as vscode from 'vscode';

import { inheritedProfileSelectors, terminalEnvPlatformKey } from '../contract/environment';
import { Messages } from '../messages';

/**
 * Offers, once per window, to stop new terminals from inheriting AWS_PROFILE and AWS_DEFAULT_PROFILE from
 * VS Code's own environment. The environment variable collection cannot unset a variable, but the setting
 * `terminal.integrated.env.<platform>` can, with a null value.
 */
export class InheritedProfileCheck {
  private offered = false;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  async offerRemoval(): Promise<void> {
    const inherited = inheritedProfileSelectors(process.env);
    if (inherited.length === 0 || this.offered) {
      return;
    }
    const key = terminalEnvPlatformKey(process.platform);
    const config = vscode.workspace.getConfiguration('terminal.integrated.env');
    const workspaceValue = config.inspect<Record<string, string | null>>(key)?.workspaceValue ?? {};
    const remaining = inherited.filter(([name]) => workspaceValue[name] !== null);
    if (remaining.length === 0) {
      return;
    }
    this.offered = true;

    const names = remaining.map(([name, value]) => `${name}=${value}`).join(' and ');
    const choice = await vscode.window.showWarningMessage(
      Messages.inheritedProfile(names), Messages.buttonRemove, Messages.buttonKeep);
    if (choice !== Messages.buttonRemove) {
      return;
    }
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage(Messages.inheritedProfileNoWorkspace);
      return;
    }
    const merged: Record<string, string | null> = { ...workspaceValue };
    for (const [name] of remaining) {
      merged[name] = null;
    }
    await config.update(key, merged, vscode.ConfigurationTarget.Workspace);
    const setting = `terminal.integrated.env.${key}`;
    this.log.info(`Set ${remaining.map(([name]) => name).join(', ')} to null in the workspace setting ${setting}.`);
    void vscode.window.showInformationMessage(Messages.inheritedProfileRemoved(setting));
  }
}
