import * as vscode from 'vscode';

import { inheritedProfileSelectors, terminalEnvPlatformKey } from '../contract/environment';
import { Messages } from '../messages';

type SettingValue = Record<string, string | null>;

/**
 * Offers, once per window, to stop new terminals from inheriting AWS_PROFILE and AWS_DEFAULT_PROFILE from
 * VS Code's own environment. The environment variable collection cannot unset a variable, but the setting
 * `terminal.integrated.env.<platform>` can, with a null value.
 */
export class InheritedProfileCheck {
  private offered = false;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** Lists the inherited profile variables that the workspace setting does not unset yet, if not offered yet. */
  pending(): [string, string][] {
    if (this.offered) {
      return [];
    }
    const inherited = inheritedProfileSelectors(process.env);
    if (inherited.length === 0) {
      return [];
    }
    const workspaceValue = this.workspaceValue();
    return inherited.filter(([name]) => workspaceValue[name] !== null);
  }

  /** Shows the offer for the variables from pending(), and writes the workspace setting when accepted. */
  async offerRemoval(variables: [string, string][]): Promise<void> {
    if (variables.length === 0 || this.offered) {
      return;
    }
    this.offered = true;
    this.log.info(`VS Code's environment sets ${variables.map(([name]) => name).join(', ')}; offering to remove it.`);

    const names = variables.map(([name, value]) => `${name}=${value}`).join(' and ');
    const choice = await vscode.window.showWarningMessage(
      Messages.inheritedProfile(names), Messages.buttonRemove, Messages.buttonKeep);
    if (choice !== Messages.buttonRemove) {
      return;
    }
    if (!vscode.workspace.workspaceFolders?.length) {
      void vscode.window.showWarningMessage(Messages.inheritedProfileNoWorkspace);
      return;
    }

    const key = terminalEnvPlatformKey(process.platform);
    const merged: SettingValue = { ...this.workspaceValue() };
    for (const [name] of variables) {
      merged[name] = null;
    }
    await vscode.workspace.getConfiguration('terminal.integrated.env')
      .update(key, merged, vscode.ConfigurationTarget.Workspace);
    const setting = `terminal.integrated.env.${key}`;
    this.log.info(`Set ${variables.map(([name]) => name).join(', ')} to null in the workspace setting ${setting}.`);
    void vscode.window.showInformationMessage(Messages.inheritedProfileRemoved(setting));
  }

  private workspaceValue(): SettingValue {
    const key = terminalEnvPlatformKey(process.platform);
    const config = vscode.workspace.getConfiguration('terminal.integrated.env');
    return config.inspect<SettingValue>(key)?.workspaceValue ?? {};
  }
}
