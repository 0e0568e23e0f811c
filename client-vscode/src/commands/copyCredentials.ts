import * as vscode from 'vscode';

import { Messages } from '../messages';
import { renderShellExports, type Shell } from '../terminal/shellExports';
import type { CommandContext } from './commandContext';

interface ShellItem extends vscode.QuickPickItem {
  shell: Shell;
}

const ShellItems: ShellItem[] = [
  { label: 'bash', description: 'also zsh and sh', shell: 'bash' },
  { label: 'fish', shell: 'fish' },
  { label: 'PowerShell', shell: 'powershell' },
];

/** AWS: Copy Credentials as Shell Exports: puts commands that set the session's variables on the clipboard. */
export async function copyCredentials(ctx: CommandContext): Promise<void> {
  const active = ctx.sessions.current;
  if (!active) {
    void vscode.window.showInformationMessage(Messages.noSession);
    return;
  }
  const preferred = process.platform === 'win32' ? 'powershell' : 'bash';
  const items = [...ShellItems].sort((a, b) => Number(b.shell === preferred) - Number(a.shell === preferred));
  const choice = await vscode.window.showQuickPick(items, { placeHolder: Messages.shellPlaceholder });
  if (!choice) {
    return;
  }
  await vscode.env.clipboard.writeText(renderShellExports(active.variables, choice.shell));
  ctx.log.info(`Copied the ${choice.shell} exports of profile '${active.session.profile}' to the clipboard.`);
  void vscode.window.showInformationMessage(Messages.copied(choice.label));
}
