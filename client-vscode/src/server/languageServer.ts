import { constants } from 'node:fs';
import { access } from 'node:fs/promises';

import * as vscode from 'vscode';
import {
  CancellationToken,
  CloseAction,
  CloseHandlerResult,
  ErrorAction,
  ErrorHandler,
  ErrorHandlerResult,
  LanguageClient,
  LanguageClientOptions,
  RevealOutputChannelOn,
  ServerOptions,
  State,
  TransportKind,
} from 'vscode-languageclient/node';

import {
  Methods,
  type AssumeRoleParams,
  type AssumeRoleResult,
  type EndSessionParams,
  type ProfileListing,
  type ServerSettings,
  type SessionEndedParams,
  type SessionExpiringParams,
  type SessionsResult,
} from '../contract/protocol';
import { Messages } from '../messages';
import { openSetting } from '../settings';
import { formatCommandLine, locateJava, serverArguments, type JavaLookup } from './javaLocator';

const ClientId = 'awsAssumeRole';
const ClientName = 'AWS Assume Role';

/** Restarts after a crash before the client gives up, counted over the life of the window. */
const MaxRestarts = 3;

/** Callbacks for what the server sends on its own and for restarts after a crash. */
export interface ServerEvents {
  sessionExpiring(params: SessionExpiringParams): void;
  sessionEnded(params: SessionEndedParams): void;
  profilesChanged(): void;
  restarted(): void;
  readyChanged(ready: boolean): void;
}

export interface ServerStartOptions {
  jar: string;
  javaHome: string;
  settings: ServerSettings;
  log: vscode.LogOutputChannel;
  trace: vscode.LogOutputChannel;
  events: ServerEvents;
}

/** The language client and the typed `aws/*` requests on top of it. */
export class ServerConnection implements vscode.Disposable {
  private client: LanguageClient | undefined;

  constructor(private options: ServerStartOptions) {}

  get ready(): boolean {
    return this.client?.state === State.Running;
  }

  /** Finds Java, starts the jar and waits for the initialize handshake. Shows a message when that fails. */
  async start(): Promise<boolean> {
    const { log } = this.options;
    const java = await locateJava(this.options.javaHome, process.env);
    if (!java.found) {
      await reportJavaProblem(java, log);
      return false;
    }
    log.info(`Using Java ${java.runtime.version} from ${java.runtime.source}: ${java.runtime.executable}`);

    if (!(await exists(this.options.jar))) {
      log.error(Messages.serverJarMissing(this.options.jar));
      void vscode.window.showErrorMessage(Messages.serverJarMissing(this.options.jar));
      return false;
    }

    const args = serverArguments(this.options.jar);
    // TransportKind.stdio makes the client append --stdio.
    log.info(`Starting the server: ${formatCommandLine(java.runtime.executable, [...args, '--stdio'])}`);
    const serverOptions: ServerOptions = {
      command: java.runtime.executable,
      args,
      transport: TransportKind.stdio,
    };
    this.client = new LanguageClient(ClientId, ClientName, serverOptions, this.clientOptions());
    this.registerNotifications(this.client);
    this.client.onDidChangeState((change) => this.options.events.readyChanged(change.newState === State.Running));

    try {
      await this.client.start();
      return true;
    } catch (error) {
      log.error(`The server failed to start: ${describeError(error)}`);
      const choice = await vscode.window.showErrorMessage(Messages.serverStartFailed, Messages.buttonShowLogs);
      if (choice === Messages.buttonShowLogs) {
        log.show();
      }
      return false;
    }
  }

  async stop(): Promise<void> {
    if (this.client && this.client.needsStop()) {
      await this.client.stop();
    }
  }

  /** Stops the server and starts it again with another Java home, for example after the setting changed. */
  async restart(javaHome: string, settings: ServerSettings): Promise<boolean> {
    await this.stop();
    await this.client?.dispose();
    this.client = undefined;
    this.options.events.readyChanged(false);
    this.options = { ...this.options, javaHome, settings };
    return this.start();
  }

  dispose(): void {
    void this.stop();
  }

  profiles(): Promise<ProfileListing> {
    return this.request<ProfileListing>(Methods.profiles, {});
  }

  assumeRole(params: AssumeRoleParams, token?: CancellationToken): Promise<AssumeRoleResult> {
    return this.request<AssumeRoleResult>(Methods.assumeRole, params, token);
  }

  sessions(): Promise<SessionsResult> {
    return this.request<SessionsResult>(Methods.sessions, {});
  }

  async endSession(params: EndSessionParams): Promise<void> {
    await this.request<unknown>(Methods.endSession, params);
  }

  /** Sends the server's settings after a change; the server reads them under `settings.awsAssumeRole`. */
  async sendSettings(settings: ServerSettings): Promise<void> {
    if (this.client && this.ready) {
      await this.client.sendNotification('workspace/didChangeConfiguration', { settings: { [ClientId]: settings } });
    }
  }

  private request<T>(method: string, params: object, token?: CancellationToken): Promise<T> {
    if (!this.client || this.client.state === State.Stopped) {
      return Promise.reject(new Error(Messages.serverNotRunning));
    }
    return token ? this.client.sendRequest<T>(method, params, token) : this.client.sendRequest<T>(method, params);
  }

  private clientOptions(): LanguageClientOptions {
    return {
      // The server handles no documents, only the aws/* requests.
      documentSelector: [],
      outputChannel: this.options.log,
      traceOutputChannel: this.options.trace,
      // The extension shows its own messages, with buttons that name the fix.
      revealOutputChannelOn: RevealOutputChannelOn.Never,
      initializationOptions: this.options.settings,
      errorHandler: new BoundedRestartHandler(this.options.log, () => this.options.events.restarted()),
    };
  }

  private registerNotifications(client: LanguageClient): void {
    const { events } = this.options;
    client.onNotification(Methods.sessionExpiring, (params: SessionExpiringParams) => events.sessionExpiring(params));
    client.onNotification(Methods.sessionEnded, (params: SessionEndedParams) => events.sessionEnded(params));
    client.onNotification(Methods.profilesChanged, () => events.profilesChanged());
  }
}

/** Restarts the server after a crash at most MaxRestarts times, then leaves it stopped and shows an error. */
class BoundedRestartHandler implements ErrorHandler {
  private restarts = 0;

  constructor(
    private readonly log: vscode.LogOutputChannel,
    private readonly onRestart: () => void,
  ) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.log.error(`Error on the connection to the server: ${error.message}`);
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    if (this.restarts >= MaxRestarts) {
      const message = Messages.serverGaveUp(this.restarts + 1);
      this.log.error(message);
      void vscode.window.showErrorMessage(message, Messages.buttonShowLogs).then((choice) => {
        if (choice === Messages.buttonShowLogs) {
          this.log.show();
        }
      });
      return { action: CloseAction.DoNotRestart, message, handled: true };
    }
    this.restarts += 1;
    this.log.warn(`The server stopped unexpectedly; restart ${this.restarts} of ${MaxRestarts}.`);
    this.onRestart();
    return { action: CloseAction.Restart, handled: true };
  }
}

async function reportJavaProblem(java: Exclude<JavaLookup, { found: true }>, log: vscode.LogOutputChannel) {
  let message: string;
  switch (java.problem) {
    case 'settingInvalid':
      message = Messages.javaHomeInvalid(java.javaHome);
      break;
    case 'notFound':
      message = Messages.javaNotFound;
      break;
    case 'tooOld':
      message = Messages.javaTooOld(java.executable, java.version);
      break;
  }
  log.error(message);
  const choice = await vscode.window.showErrorMessage(message, Messages.buttonOpenSetting, Messages.buttonShowLogs);
  if (choice === Messages.buttonOpenSetting) {
    await openSetting('java.home');
  } else if (choice === Messages.buttonShowLogs) {
    log.show();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.R_OK);
    return true;
  } catch {
    return false;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.message;
  }
  return String(error);
}
