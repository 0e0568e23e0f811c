import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';

import * as vscode from 'vscode';

import { Messages } from '../messages';
import type { CommandContext } from './commandContext';

/** AWS: Open AWS Config File: opens the config file the server reads, and offers to create it when missing. */
export async function openConfigFile(ctx: CommandContext): Promise<void> {
  const configFile = await configFilePath(ctx);
  if (!(await exists(configFile))) {
    const choice = await vscode.window.showWarningMessage(
      Messages.configFileMissing(configFile), Messages.buttonCreate);
    if (choice !== Messages.buttonCreate) {
      return;
    }
    await mkdir(path.dirname(configFile), { recursive: true, mode: 0o700 });
    // 'wx' fails instead of overwriting when the file appeared in the meantime.
    await writeFile(configFile, '', { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') {
        throw error;
      }
    });
    ctx.log.info(`Created the AWS config file ${configFile}.`);
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(configFile));
  await vscode.window.showTextDocument(document);
}

/** Asks the server for the path, and falls back to AWS_CONFIG_FILE or ~/.aws/config when it is not running. */
async function configFilePath(ctx: CommandContext): Promise<string> {
  if (ctx.server.ready) {
    try {
      return (await ctx.server.profiles()).configFile;
    } catch (error) {
      ctx.log.warn(`Reading the config file path from the server failed: ${String(error)}`);
    }
  }
  const fromEnv = process.env.AWS_CONFIG_FILE?.trim();
  if (fromEnv) {
    return fromEnv.startsWith('~') ? path.join(os.homedir(), fromEnv.slice(1)) : fromEnv;
  }
  return path.join(os.homedir(), '.aws', 'config');
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
