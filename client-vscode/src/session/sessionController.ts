import * as vscode from 'vscode';

import { AccessKeyId, buildTerminalEnvironment } from '../contract/environment';
import type { AssumeRoleResult } from '../contract/protocol';
import { Messages } from '../messages';
import { maskAccessKeyId } from '../server/redact';
import { secondsUntil } from '../statusBar/countdown';
import { SessionStatusBar } from '../statusBar/sessionStatusBar';
import { formatExpiry } from '../statusBar/time';
import type { TerminalEnvironment } from '../terminal/terminalEnvironment';
import type { ActiveSession } from './activeSession';
import type { SessionStore } from './sessionStore';

export const ContextKeys = {
  serverReady: 'awsAssumeRole.serverReady',
  sessionActive: 'awsAssumeRole.sessionActive',
  sessionExpired: 'awsAssumeRole.sessionExpired',
} as const;

/** A restored session with less than this left is dropped instead of shown. */
const MinimumRestoreSeconds = 5;

export interface SessionControllerOptions {
  store: SessionStore;
  terminal: TerminalEnvironment;
  log: vscode.LogOutputChannel;
  warningMinutes: () => number;
  persistSession: () => boolean;
  actionsCommand: string;
  renewCommand: string;
}

/**
 * Owns the one session whose credentials the terminals get, and keeps the terminal environment, the status
 * bar, the secret storage and the context keys in step with it.
 */
export class SessionController implements vscode.Disposable {
  private active: ActiveSession | undefined;
  private expired: ActiveSession | undefined;
  private warnedFor: string | undefined;
  private readonly statusBar: SessionStatusBar;

  constructor(private readonly options: SessionControllerOptions) {
    this.statusBar = new SessionStatusBar(
      () => options.warningMinutes() * 60,
      (active, secondsLeft) => this.onTick(active, secondsLeft),
      options.actionsCommand,
      options.renewCommand,
    );
  }

  /** The live session, or undefined when none is active. */
  get current(): ActiveSession | undefined {
    return this.active;
  }

  /** The profile to renew: the live session's, or the one that expired last. */
  get renewableProfile(): string | undefined {
    return (this.active ?? this.expired)?.session.profile;
  }

  /** Makes a new session the active one. Throws when the server's environment lacks a credential variable. */
  async begin(result: AssumeRoleResult): Promise<ActiveSession> {
    const variables = buildTerminalEnvironment(result.environment, result.session);
    const active: ActiveSession = { session: result.session, variables, restored: false };
    this.show(active);

    const { session } = active;
    this.options.log.info(
      `Session of profile '${session.profile}' started as ${session.assumedRoleArn}, access key ` +
      `${maskAccessKeyId(variables.get(AccessKeyId) ?? '')}, expires ${session.expiration}.`);
    await this.save(active);
    return active;
  }

  /** Clears the session everywhere and returns it, or undefined when there was none. */
  async end(): Promise<ActiveSession | undefined> {
    const ended = this.active ?? this.expired;
    this.active = undefined;
    this.expired = undefined;
    this.options.terminal.clear();
    this.statusBar.hide();
    await this.setContext(false, false);
    await this.options.store.delete();
    return ended;
  }

  /** Shows the session kept in SecretStorage before a reload, when the setting allows and it has not expired. */
  async restore(): Promise<void> {
    if (!this.options.persistSession()) {
      await this.options.store.delete();
      return;
    }
    const stored = await this.options.store.load();
    if (!stored) {
      return;
    }
    if (secondsUntil(stored.session.expiration, new Date()) < MinimumRestoreSeconds) {
      this.options.log.info(`The stored session of profile '${stored.session.profile}' has expired; deleted it.`);
      await this.options.store.delete();
      return;
    }
    if (this.active) {
      return;
    }
    this.show(stored);
    this.options.log.info(`Restored the session of profile '${stored.session.profile}' from the secret storage.`);
    void vscode.window.showInformationMessage(
      Messages.sessionRestored(stored.session.profile, formatExpiry(stored.session.expiration)));
  }

  /** Applies a change of the persistSession setting to the stored copy. */
  async persistSettingChanged(): Promise<void> {
    if (this.active) {
      await this.save(this.active);
    } else if (!this.options.persistSession()) {
      await this.options.store.delete();
    }
  }

  /** Shows the expiry warning from the server's notification, unless the client's timer showed it already. */
  serverWarned(profile: string, secondsLeft: number): void {
    if (this.active?.session.profile === profile) {
      this.warn(this.active, secondsLeft);
    }
  }

  /**
   * Handles the server's aws/sessionEnded. Reason `expired` shows the expired state as the client's own timer
   * does, so the outcome does not depend on which of the two comes first. Other reasons clear the session.
   */
  async serverEnded(profile: string, reason: string): Promise<void> {
    const active = this.active;
    if (active?.session.profile !== profile) {
      return;
    }
    this.options.log.info(`The server ended the session of profile '${profile}' (reason: ${reason}).`);
    if (reason === 'expired') {
      await this.expire(active);
      return;
    }
    await this.end();
    void vscode.window.showInformationMessage(Messages.sessionEndedByServer(profile));
  }

  /** Clears the session after the server was restarted, because the new server process has no sessions. */
  async serverRestarted(): Promise<void> {
    if (!this.active && !this.expired) {
      return;
    }
    await this.end();
    void vscode.window.showWarningMessage(Messages.serverRestarted);
  }

  dispose(): void {
    this.statusBar.dispose();
  }

  private show(active: ActiveSession): void {
    this.active = active;
    this.expired = undefined;
    this.options.terminal.apply(active);
    this.statusBar.show(active);
    void this.setContext(true, false);
  }

  private async save(active: ActiveSession): Promise<void> {
    if (this.options.persistSession()) {
      await this.options.store.save(active);
    } else {
      await this.options.store.delete();
    }
  }

  private onTick(active: ActiveSession, secondsLeft: number): void {
    if (secondsLeft <= 0) {
      void this.expire(active);
    } else if (secondsLeft <= this.options.warningMinutes() * 60) {
      this.warn(active, secondsLeft);
    }
  }

  private warn(active: ActiveSession, secondsLeft: number): void {
    const key = `${active.session.profile}@${active.session.expiration}`;
    if (this.warnedFor === key) {
      return;
    }
    this.warnedFor = key;
    const minutes = Math.max(1, Math.ceil(secondsLeft / 60));
    void vscode.window.showWarningMessage(Messages.sessionExpiring(active.session.profile, minutes),
      Messages.buttonRenew).then((choice) => {
      if (choice === Messages.buttonRenew) {
        void vscode.commands.executeCommand(this.options.renewCommand);
      }
    });
  }

  private async expire(active: ActiveSession): Promise<void> {
    if (this.active !== active) {
      return;
    }
    this.active = undefined;
    this.expired = active;
    this.options.terminal.clear();
    this.statusBar.showExpired(active);
    await this.setContext(false, true);
    await this.options.store.delete();
    this.options.log.info(`The session of profile '${active.session.profile}' expired; cleared the credentials.`);
    const choice = await vscode.window.showWarningMessage(
      Messages.sessionExpired(active.session.profile), Messages.buttonRenew);
    if (choice === Messages.buttonRenew) {
      await vscode.commands.executeCommand(this.options.renewCommand);
    }
  }

  private async setContext(sessionActive: boolean, sessionExpired: boolean): Promise<void> {
    await vscode.commands.executeCommand('setContext', ContextKeys.sessionActive, sessionActive);
    await vscode.commands.executeCommand('setContext', ContextKeys.sessionExpired, sessionExpired);
  }
}
