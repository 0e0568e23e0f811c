import type { CommandContext } from './commandContext';

/** AWS: Show Logs: reveals the extension's output channel. */
export function showLogs(ctx: CommandContext): void {
  ctx.log.show();
}
