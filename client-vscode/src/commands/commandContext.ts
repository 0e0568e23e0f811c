import type * as vscode from 'vscode';

import type { ServerConnection } from '../server/languageServer';
import type { SessionController } from '../session/sessionController';
import type { Settings } from '../settings';
import type { InheritedProfileCheck } from '../terminal/inheritedProfile';

/** Services that the palette commands use. */
export interface CommandContext {
  server: ServerConnection;
  sessions: SessionController;
  log: vscode.LogOutputChannel;
  inheritedProfile: InheritedProfileCheck;
  settings(): Settings;
}

export const CommandIds = {
  assumeRole: 'awsAssumeRole.assumeRole',
  renewSession: 'awsAssumeRole.renewSession',
  endSession: 'awsAssumeRole.endSession',
  showSession: 'awsAssumeRole.showSession',
  copyCredentials: 'awsAssumeRole.copyCredentials',
  openConfigFile: 'awsAssumeRole.openConfigFile',
  showLogs: 'awsAssumeRole.showLogs',
  sessionActions: 'awsAssumeRole.sessionActions',
} as const;
