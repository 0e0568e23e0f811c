import * as vscode from 'vscode';

import type { ServerSettings } from './contract/protocol';

export const Section = 'awsAssumeRole';

export type TraceLevel = 'off' | 'messages' | 'verbose';

/** The extension's settings, read fresh on each call so that changes apply at once. */
export interface Settings {
  defaultProfile: string;
  durationSeconds: number;
  warningMinutes: number;
  stsEndpoint: string;
  javaHome: string;
  persistSession: boolean;
  traceServer: TraceLevel;
  logLevel: string;
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(Section);
  return {
    defaultProfile: config.get<string>('defaultProfile', '').trim(),
    durationSeconds: config.get<number>('durationSeconds', 3600),
    warningMinutes: Math.max(0, config.get<number>('warningMinutes', 5)),
    stsEndpoint: config.get<string>('stsEndpoint', '').trim(),
    javaHome: config.get<string>('java.home', '').trim(),
    persistSession: config.get<boolean>('persistSession', true),
    traceServer: config.get<TraceLevel>('trace.server', 'off'),
    logLevel: config.get<string>('logLevel', 'info'),
  };
}

/** Picks the settings that the server reads. An empty `stsEndpoint` clears the server's endpoint override. */
export function serverSettings(settings: Settings): ServerSettings {
  return {
    defaultDurationSeconds: settings.durationSeconds,
    warningMinutes: settings.warningMinutes,
    stsEndpoint: settings.stsEndpoint,
    logLevel: settings.logLevel,
    traceMessages: settings.traceServer !== 'off',
  };
}

/** Opens the Settings editor at one of this extension's settings, e.g. `java.home`. */
export async function openSetting(name: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openSettings', `${Section}.${name}`);
}
