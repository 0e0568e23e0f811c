import * as vscode from 'vscode';

import { accountIdFromArn } from '../contract/arn';
import { Messages } from '../messages';
import { formatCountdown, secondsUntil } from '../statusBar/countdown';
import { formatExpiry } from '../statusBar/time';
import { CommandIds, type CommandContext } from './commandContext';

/** AWS: Show Session: the role, account, session name, expiry in local time and time left. */
export async function showSession(ctx: CommandContext): Promise<void> {
  const active = ctx.sessions.current;
  if (!active) {
    const profile = ctx.sessions.renewableProfile;
    const message = profile ? Messages.sessionExpired(profile) : Messages.noSession;
    void vscode.window.showInformationMessage(message);
    return;
  }
  const { session } = active;
  const account = session.accountId || accountIdFromArn(session.roleArn) || 'unknown';
  const timeLeft = formatCountdown(secondsUntil(session.expiration, new Date()));
  const message = Messages.sessionDetails(
    session.roleArn, account, session.sessionName, formatExpiry(session.expiration), timeLeft);
  const choice = await vscode.window.showInformationMessage(
    message, Messages.actionRenew, Messages.actionCopy, Messages.actionEnd);
  if (choice === Messages.actionRenew) {
    await vscode.commands.executeCommand(CommandIds.renewSession);
  } else if (choice === Messages.actionCopy) {
    await vscode.commands.executeCommand(CommandIds.copyCredentials);
  } else if (choice === Messages.actionEnd) {
    await vscode.commands.executeCommand(CommandIds.endSession);
  }
}
