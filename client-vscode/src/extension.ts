import * as vscode from 'vscode';

import { CommandIds, type CommandContext } from './commands/commandContext';
import { registerCommands } from './commands/registerCommands';
import { describeError, ServerConnection } from './server/languageServer';
import { RedactingLogOutputChannel } from './server/redactingChannel';
import { ContextKeys, SessionController } from './session/sessionController';
import { SessionStore } from './session/sessionStore';
import { readSettings, Section, serverSettings, type Settings } from './settings';
import { InheritedProfileCheck } from './terminal/inheritedProfile';
import { TerminalEnvironment } from './terminal/terminalEnvironment';

let server: ServerConnection | undefined;

/** Wires the parts together and starts the server in the background, so that activation does not wait on Java. */
export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const log = new RedactingLogOutputChannel(vscode.window.createOutputChannel('AWS Assume Role', { log: true }));
  const trace = new RedactingLogOutputChannel(
    vscode.window.createOutputChannel('AWS Assume Role Trace', { log: true }));
  void setContext(ContextKeys.serverReady, false);

  const sessions = new SessionController({
    store: new SessionStore(context.secrets),
    terminal: new TerminalEnvironment(context.environmentVariableCollection),
    log,
    warningMinutes: () => readSettings().warningMinutes,
    persistSession: () => readSettings().persistSession,
    actionsCommand: CommandIds.sessionActions,
    renewCommand: CommandIds.renewSession,
  });

  const settings = readSettings();
  const connection = new ServerConnection({
    jar: context.asAbsolutePath('server/assume-role-server.jar'),
    javaHome: settings.javaHome,
    settings: serverSettings(settings),
    log,
    trace,
    events: {
      sessionExpiring: (params) => sessions.serverWarned(params.session.profile, params.secondsLeft),
      sessionEnded: (params) => void sessions.serverEnded(params.profile, params.reason),
      profilesChanged: () => log.info('The AWS config files changed.'),
      restarted: () => void sessions.serverRestarted(),
      readyChanged: (ready) => void setContext(ContextKeys.serverReady, ready),
    },
  });
  server = connection;

  const ctx: CommandContext = {
    server: connection,
    sessions,
    log,
    inheritedProfile: new InheritedProfileCheck(log),
    settings: readSettings,
  };
  context.subscriptions.push(
    log,
    trace,
    sessions,
    connection,
    ...registerCommands(ctx),
    vscode.workspace.onDidChangeConfiguration((event) => onConfigurationChanged(event, ctx)),
  );

  sessions.restore().catch((error: unknown) =>
    log.error(`Restoring the stored session failed: ${describeError(error)}`));
  void connection.start().then((ready) => {
    if (ready) {
      log.info(`The server is ready (${Math.round(performance.now() - started)} ms after activation began).`);
    }
  });

  log.info(`Activated in ${Math.round(performance.now() - started)} ms`);
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}

function onConfigurationChanged(event: vscode.ConfigurationChangeEvent, ctx: CommandContext): void {
  if (!event.affectsConfiguration(Section)) {
    return;
  }
  const settings = ctx.settings();
  ctx.server.sendSettings(serverSettings(settings)).catch((error: unknown) =>
    ctx.log.warn(`Sending the settings to the server failed: ${describeError(error)}`));
  if (event.affectsConfiguration(`${Section}.persistSession`)) {
    ctx.sessions.persistSettingChanged().catch((error: unknown) =>
      ctx.log.error(`Updating the stored session failed: ${describeError(error)}`));
  }
  if (event.affectsConfiguration(`${Section}.java.home`)) {
    void restartServer(ctx, settings);
  }
}

/** Starts the server again with the new Java; the new process has no sessions, so the terminals are cleared. */
async function restartServer(ctx: CommandContext, settings: Settings): Promise<void> {
  ctx.log.info(`The setting ${Section}.java.home changed to '${settings.javaHome}'; restarting the server.`);
  try {
    await ctx.sessions.serverRestarted();
    if (await ctx.server.restart(settings.javaHome, serverSettings(settings))) {
      ctx.log.info('The server is ready.');
    }
  } catch (error) {
    ctx.log.error(`Restarting the server failed: ${describeError(error)}`);
  }
}

function setContext(key: string, value: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', key, value);
}
