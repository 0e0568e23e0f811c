import * as vscode from 'vscode';

import { accountIdFromArn } from '../contract/arn';
import type { ActiveSession } from '../session/activeSession';
import { formatCountdown, secondsUntil } from './countdown';
import { formatExpiry } from './time';

const TickMs = 1000;

/**
 * The status-bar item that shows the profile and a countdown to the session's expiry, updated every second.
 * It calls `onTick` with the seconds left so that the owner can warn and expire the session.
 */
export class SessionStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private timer: ReturnType<typeof setInterval> | undefined;
  private active: ActiveSession | undefined;

  constructor(
    private readonly warningSeconds: () => number,
    private readonly onTick: (active: ActiveSession, secondsLeft: number) => void,
    private readonly actionsCommand: string,
    private readonly renewCommand: string,
  ) {
    this.item = vscode.window.createStatusBarItem('awsAssumeRole.session', vscode.StatusBarAlignment.Left, 100);
    this.item.name = 'AWS Assume Role Session';
  }

  show(active: ActiveSession): void {
    this.active = active;
    this.stopTimer();
    this.timer = setInterval(() => this.tick(), TickMs);
    this.tick();
    this.item.show();
  }

  /** Keeps the item visible in red with "expired", and a click that renews the session. */
  showExpired(active: ActiveSession): void {
    this.active = active;
    this.stopTimer();
    const profile = active.session.profile;
    this.item.text = `$(key) ${profile} expired`;
    this.item.tooltip = tooltip(active, 'Expired. Click to renew the session.');
    this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
    this.item.command = this.renewCommand;
    this.item.accessibilityInformation = { label: `AWS session of profile ${profile} expired` };
    this.item.show();
  }

  hide(): void {
    this.active = undefined;
    this.stopTimer();
    this.item.hide();
  }

  dispose(): void {
    this.stopTimer();
    this.item.dispose();
  }

  private tick(): void {
    const active = this.active;
    if (!active) {
      return;
    }
    const secondsLeft = secondsUntil(active.session.expiration, new Date());
    this.render(active, secondsLeft);
    this.onTick(active, secondsLeft);
  }

  private render(active: ActiveSession, secondsLeft: number): void {
    const profile = active.session.profile;
    const countdown = formatCountdown(secondsLeft);
    this.item.text = `$(key) ${profile} ${countdown}`;
    this.item.tooltip = tooltip(active, 'Click for session actions.');
    this.item.command = this.actionsCommand;
    this.item.backgroundColor = secondsLeft <= this.warningSeconds()
      ? new vscode.ThemeColor('statusBarItem.warningBackground')
      : undefined;
    this.item.accessibilityInformation = { label: `AWS session of profile ${profile}, ${countdown} left` };
  }

  private stopTimer(): void {
    if (this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }
}

function tooltip(active: ActiveSession, hint: string): vscode.MarkdownString {
  const { session } = active;
  const account = session.accountId || accountIdFromArn(session.roleArn) || 'unknown';
  const text = new vscode.MarkdownString();
  text.appendMarkdown(`**AWS session of profile** \`${session.profile}\`\n\n`);
  text.appendMarkdown(`Role: \`${session.roleArn}\`\n\n`);
  text.appendMarkdown(`Account: \`${account}\`\n\n`);
  text.appendMarkdown(`Expires: ${formatExpiry(session.expiration)} (local time)\n\n`);
  text.appendMarkdown(hint);
  return text;
}
