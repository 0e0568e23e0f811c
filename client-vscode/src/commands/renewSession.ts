import * as vscode from 'vscode';

import { Messages } from '../messages';
import { assumeProfile } from './assumeRole';
import { CommandIds, type CommandContext } from './commandContext';

/** AWS: Renew Session: assumes the current (or last expired) profile's role again, with a new MFA code. */
export async function renewSession(ctx: CommandContext): Promise<void> {
  const profile = ctx.sessions.renewableProfile;
  if (!profile) {
    const choice = await vscode.window.showInformationMessage(Messages.noSession, Messages.buttonAssumeRole);
    if (choice === Messages.buttonAssumeRole) {
      await vscode.commands.executeCommand(CommandIds.assumeRole);
    }
    return;
  }
  await assumeProfile(ctx, profile);
}
