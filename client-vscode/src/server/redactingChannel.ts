import type * as vscode from 'vscode';

import { redactSecrets } from './redact';

/**
 * A LogOutputChannel that removes secrets from every line before the wrapped channel writes it.
 * The language client's protocol trace prints whole payloads, which include the MFA code of a request and
 * the credentials of a response, and VS Code also writes output channels to log files on disk.
 */
export class RedactingLogOutputChannel implements vscode.LogOutputChannel {
  // Text given to append() is held until the line ends, so that a secret split over two calls is still seen.
  private pending = '';

  constructor(private readonly channel: vscode.LogOutputChannel) {}

  get name(): string {
    return this.channel.name;
  }

  get logLevel(): vscode.LogLevel {
    return this.channel.logLevel;
  }

  get onDidChangeLogLevel(): vscode.Event<vscode.LogLevel> {
    return this.channel.onDidChangeLogLevel;
  }

  trace(message: string, ...args: unknown[]): void {
    this.channel.trace(redactMessage(message, args));
  }

  debug(message: string, ...args: unknown[]): void {
    this.channel.debug(redactMessage(message, args));
  }

  info(message: string, ...args: unknown[]): void {
    this.channel.info(redactMessage(message, args));
  }

  warn(message: string, ...args: unknown[]): void {
    this.channel.warn(redactMessage(message, args));
  }

  error(error: string | Error, ...args: unknown[]): void {
    const message = typeof error === 'string' ? error : error.stack ?? error.message;
    this.channel.error(redactMessage(message, args));
  }

  append(value: string): void {
    this.pending += value;
    const end = this.pending.lastIndexOf('\n');
    if (end >= 0) {
      this.channel.append(redactSecrets(this.pending.slice(0, end + 1)));
      this.pending = this.pending.slice(end + 1);
    }
  }

  appendLine(value: string): void {
    const line = this.pending + value;
    this.pending = '';
    this.channel.appendLine(redactSecrets(line));
  }

  replace(value: string): void {
    this.pending = '';
    this.channel.replace(redactSecrets(value));
  }

  clear(): void {
    this.pending = '';
    this.channel.clear();
  }

  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    if (typeof columnOrPreserveFocus === 'boolean' || columnOrPreserveFocus === undefined) {
      this.channel.show(columnOrPreserveFocus);
    } else {
      this.channel.show(columnOrPreserveFocus, preserveFocus);
    }
  }

  hide(): void {
    this.channel.hide();
  }

  dispose(): void {
    this.channel.dispose();
  }
}

function redactMessage(message: string, args: unknown[]): string {
  const parts = [message, ...args.map(describe)];
  return redactSecrets(parts.join(' '));
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    return value.stack ?? value.message;
  }
  if (typeof value === 'string') {
    return value;
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
