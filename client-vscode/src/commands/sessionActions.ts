import * as vscode from 'vscode';

import { Messages } from '../messages';
import { CommandIds, type CommandContext } from './commandContext';

/** Offers renew, show, copy and end in a pick; a click on the status-bar item runs this. */
export async function sessionActions(ctx: CommandContext): Promise<void> {
  const profile = ctx.sessions.renewableProfile;
  if (!profile) {
    return;
  }
  const items: (vscode.QuickPickItem & { command: string })[] = [
    { label: Messages.actionRenew, command: CommandIds.renewSession },
    { label: Messages.actionShow, command: CommandIds.showSession },
    { label: Messages.actionCopy, command: CommandIds.copyCredentials },
    { label: Messages.actionEnd, command: CommandIds.endSession },
  ];
  const choice = await vscode.window.showQuickPick(items, { placeHolder: Messages.sessionActionsPlaceholder(profile) });
  if (choice) {
    await vscode.commands.executeCommand(choice.command);
  }
}
