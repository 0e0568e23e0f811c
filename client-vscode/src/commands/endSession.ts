import * as vscode from 'vscode';

import { Messages } from '../messages';
import type { CommandContext } from './commandContext';

/** AWS: End Session: sends aws/endSession, then clears the terminal variables and the status bar. */
export async function endSession(ctx: CommandContext): Promise<void> {
  const active = ctx.sessions.current;
  const profile = ctx.sessions.renewableProfile;
  if (!profile) {
    void vscode.window.showInformationMessage(Messages.noSession);
    return;
  }
  // Cleared first, so that the server's aws/sessionEnded for this session finds nothing left to clear.
  await ctx.sessions.end();
  ctx.log.info(`Ended the session of profile '${profile}'.`);

  // A session restored after a reload exists only in the client, so the server has nothing to end.
  if (active && !active.restored) {
    try {
      await ctx.server.endSession({ profile });
    } catch (error) {
      ctx.log.warn(`The server could not end the session of profile '${profile}': ${String(error)}`);
    }
  }
  void vscode.window.showInformationMessage(Messages.sessionEnded(profile));
}
