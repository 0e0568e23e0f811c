import * as vscode from 'vscode';

import { Messages } from '../messages';
import { describeError } from '../server/languageServer';
import { assumeRole } from './assumeRole';
import { CommandIds, type CommandContext } from './commandContext';
import { copyCredentials } from './copyCredentials';
import { endSession } from './endSession';
import { openConfigFile } from './openConfigFile';
import { renewSession } from './renewSession';
import { sessionActions } from './sessionActions';
import { showLogs } from './showLogs';
import { showSession } from './showSession';

const Handlers: Record<string, (ctx: CommandContext) => unknown> = {
  [CommandIds.assumeRole]: assumeRole,
  [CommandIds.renewSession]: renewSession,
  [CommandIds.endSession]: endSession,
  [CommandIds.showSession]: showSession,
  [CommandIds.copyCredentials]: copyCredentials,
  [CommandIds.openConfigFile]: openConfigFile,
  [CommandIds.showLogs]: showLogs,
  [CommandIds.sessionActions]: sessionActions,
};

/** Registers every palette command. A failure that a command did not handle is logged and shown. */
export function registerCommands(ctx: CommandContext): vscode.Disposable[] {
  return Object.entries(Handlers).map(([id, handler]) =>
    vscode.commands.registerCommand(id, async () => {
      try {
        await handler(ctx);
      } catch (error) {
        ctx.log.error(`Command ${id} failed: ${describeError(error)}`);
        void vscode.window.showErrorMessage(Messages.requestFailed(id, describeError(error)), Messages.buttonShowLogs)
          .then((choice) => choice === Messages.buttonShowLogs && ctx.log.show());
      }
    }));
}
