import * as vscode from 'vscode';

import { failureOf, type FailureKind } from '../contract/protocol';
import { Messages } from '../messages';
import { describeError } from '../server/languageServer';
import { openSetting } from '../settings';
import { CommandIds, type CommandContext } from './commandContext';

/** vscode-jsonrpc's codes for a request whose connection closed: PendingResponseRejected, ConnectionInactive. */
const ConnectionLossCodes = [-32097, -32096];

type FailureAction = 'openConfig' | 'showLogs' | 'durationSetting' | 'endpointSetting' | 'retry';

/** The buttons that help with each kind of failure, in the order shown. */
const ActionsByKind: Record<FailureKind, FailureAction[]> = {
  mfaCodeRequired: [],
  mfaCodeRejected: [],
  invalidInput: ['openConfig'],
  profileNotFound: ['openConfig'],
  configError: ['openConfig', 'showLogs'],
  sourceCredentialsInvalid: ['openConfig', 'showLogs'],
  accessDenied: ['openConfig', 'showLogs'],
  durationTooLong: ['durationSetting', 'openConfig'],
  throttled: ['retry'],
  network: ['endpointSetting', 'showLogs'],
  stsError: ['showLogs'],
  notSupported: ['openConfig'],
  internal: ['showLogs'],
};

const ButtonLabels: Record<FailureAction, string> = {
  openConfig: Messages.buttonOpenConfig,
  showLogs: Messages.buttonShowLogs,
  durationSetting: Messages.buttonOpenSetting,
  endpointSetting: Messages.buttonOpenSetting,
  retry: Messages.buttonRetry,
};

/**
 * Logs a failed request and shows its message with the buttons that help. Resolves to 'retry' when the user
 * asked to try again.
 */
export async function showFailure(
  ctx: CommandContext,
  operation: string,
  error: unknown,
): Promise<'retry' | undefined> {
  const failure = failureOf(error);
  const detail = failure?.message || describeError(error);
  ctx.log.warn(`${operation} failed${failure ? ` (${failure.kind})` : ''}: ${detail}`);

  const actions = failure ? ActionsByKind[failure.kind] ?? ['showLogs'] : ['showLogs' as const];
  const fallback = isConnectionLoss(error)
    ? Messages.serverStoppedDuringRequest(operation)
    : Messages.requestFailed(operation, detail);
  const message = failure?.message || fallback;
  const choice = await vscode.window.showErrorMessage(message, ...actions.map((action) => ButtonLabels[action]));
  const action = actions.find((candidate) => ButtonLabels[candidate] === choice);
  switch (action) {
    case 'openConfig':
      await vscode.commands.executeCommand(CommandIds.openConfigFile);
      return undefined;
    case 'showLogs':
      ctx.log.show();
      return undefined;
    case 'durationSetting':
      await openSetting('durationSeconds');
      return undefined;
    case 'endpointSetting':
      await openSetting('stsEndpoint');
      return undefined;
    case 'retry':
      return 'retry';
    default:
      return undefined;
  }
}

function isConnectionLoss(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' && ConnectionLossCodes.includes(code);
}
