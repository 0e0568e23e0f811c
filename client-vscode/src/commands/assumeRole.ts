import * as vscode from 'vscode';

import { failureOf, type AssumeRoleResult } from '../contract/protocol';
import { Messages } from '../messages';
import { pickProfile } from '../prompts/profilePick';
import { promptMfaCode } from '../prompts/mfaPrompt';
import { formatExpiry } from '../statusBar/time';
import { CommandIds, type CommandContext } from './commandContext';
import { showFailure } from './failures';

/** JSON-RPC error code of a request that the client cancelled (LSP's RequestCancelled). */
const RequestCancelled = -32800;

/** AWS: Assume Role…: picks a profile and assumes its role. */
export async function assumeRole(ctx: CommandContext): Promise<void> {
  let listing;
  try {
    listing = await ctx.server.profiles();
  } catch (error) {
    await showFailure(ctx, 'Reading the AWS profiles', error);
    return;
  }

  const problems = listing.problems ?? [];
  for (const problem of problems) {
    ctx.log.warn(`AWS config files: ${problem}`);
  }
  if (listing.profiles.length === 0) {
    const choice = await vscode.window.showWarningMessage(
      Messages.noRoleProfiles(listing.configFile), Messages.buttonOpenConfig);
    if (choice === Messages.buttonOpenConfig) {
      await vscode.commands.executeCommand(CommandIds.openConfigFile);
    }
    return;
  }
  if (problems.length > 0) {
    void vscode.window.showWarningMessage(Messages.listingProblems(problems.length), Messages.buttonShowLogs)
      .then((choice) => choice === Messages.buttonShowLogs && ctx.log.show());
  }

  const profile = await pickProfile(listing.profiles, ctx.settings().defaultProfile);
  if (profile) {
    await assumeProfile(ctx, profile.name);
  }
}

/**
 * Assumes the role of `profile`. Prompts for an MFA code when the server requires one, and prompts again with
 * the error shown when STS rejected it. Returns true when a session became active.
 */
export async function assumeProfile(ctx: CommandContext, profile: string): Promise<boolean> {
  let tokenCode: string | undefined;
  let mfaSerial: string | undefined;

  for (;;) {
    const outcome = await requestRole(ctx, profile, tokenCode);
    if (outcome.result) {
      await activate(ctx, profile, outcome.result);
      return true;
    }
    if (outcome.cancelled) {
      ctx.log.info(`Assuming the role of profile '${profile}' was cancelled.`);
      return false;
    }

    const failure = failureOf(outcome.error);
    if (failure?.kind === 'mfaCodeRequired' || failure?.kind === 'mfaCodeRejected') {
      mfaSerial = failure.mfaSerial ?? mfaSerial;
      const rejection = failure.kind === 'mfaCodeRejected'
        ? failure.message || Messages.mfaCodeRejectedFallback
        : undefined;
      if (rejection) {
        ctx.log.info(`Profile '${profile}': the MFA code was rejected; asking for the next one.`);
      }
      tokenCode = await promptMfaCode(profile, mfaSerial, rejection);
      if (tokenCode === undefined) {
        ctx.log.info(`Assuming the role of profile '${profile}' was cancelled at the MFA prompt.`);
        return false;
      }
      continue;
    }

    const next = await showFailure(ctx, `Assuming the role of profile '${profile}'`, outcome.error);
    if (next !== 'retry') {
      return false;
    }
    tokenCode = undefined;
  }
}

interface RequestOutcome {
  result?: AssumeRoleResult;
  error?: unknown;
  cancelled?: boolean;
}

async function requestRole(ctx: CommandContext, profile: string, tokenCode: string | undefined):
  Promise<RequestOutcome> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: Messages.progressTitle(profile), cancellable: true },
    async (_progress, token) => {
      try {
        // The duration is left to the server: the profile's duration_seconds, else the durationSeconds setting.
        const result = await ctx.server.assumeRole({ profile, tokenCode }, token);
        return token.isCancellationRequested ? { cancelled: true } : { result };
      } catch (error) {
        const cancelled = token.isCancellationRequested || (error as { code?: number }).code === RequestCancelled;
        return cancelled ? { cancelled: true } : { error };
      }
    });
}

async function activate(ctx: CommandContext, profile: string, result: AssumeRoleResult): Promise<void> {
  const previous = ctx.sessions.current;
  try {
    await ctx.sessions.begin(result);
  } catch (error) {
    await showFailure(ctx, `Assuming the role of profile '${profile}'`, error);
    return;
  }
  if (previous && previous.session.profile !== profile && !previous.restored) {
    // Only one session reaches the terminals, so the server need not keep the one it replaced.
    await ctx.server.endSession({ profile: previous.session.profile }).catch((error: unknown) =>
      ctx.log.warn(`Ending the replaced session of profile '${previous.session.profile}' failed: ${String(error)}`));
  }

  // The offer replaces the confirmation, because the status bar already shows the session and VS Code
  // hides toasts beyond the few that fit. It is not awaited: the command is done once the session is active.
  const inherited = ctx.inheritedProfile.pending();
  if (inherited.length > 0) {
    ctx.inheritedProfile.offerRemoval(inherited).catch((error: unknown) =>
      ctx.log.error(`Removing the inherited profile variables failed: ${String(error)}`));
  } else {
    void vscode.window.showInformationMessage(Messages.assumed(profile, formatExpiry(result.session.expiration)));
  }
}
