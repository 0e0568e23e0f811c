import * as vscode from 'vscode';

import { accountIdFromArn } from '../contract/arn';
import type { ProfileSummary } from '../contract/protocol';
import { Messages } from '../messages';

interface ProfileItem extends vscode.QuickPickItem {
  profile?: ProfileSummary;
}

/**
 * Asks for a profile. Labels are the profile names, so typing a name filters to it; role profiles come first
 * and the default profile setting is the active item. Resolves to undefined on Esc.
 */
export function pickProfile(profiles: ProfileSummary[], defaultProfile: string): Promise<ProfileSummary | undefined> {
  const roles = profiles.filter((profile) => profile.kind === 'role');
  const others = profiles.filter((profile) => profile.kind !== 'role');
  const items: ProfileItem[] = [];
  if (roles.length > 0 && others.length > 0) {
    items.push({ label: Messages.roleProfilesSeparator, kind: vscode.QuickPickItemKind.Separator });
  }
  items.push(...roles.map(toItem));
  if (others.length > 0) {
    items.push({ label: Messages.otherProfilesSeparator, kind: vscode.QuickPickItemKind.Separator });
    items.push(...others.map(toItem));
  }

  const pick = vscode.window.createQuickPick<ProfileItem>();
  pick.title = Messages.assumeRoleTitle;
  pick.placeholder = Messages.profilePlaceholder;
  pick.matchOnDescription = false;
  pick.matchOnDetail = false;
  pick.items = items;
  const preselected = items.find((item) => item.profile?.name === defaultProfile);
  if (preselected) {
    pick.activeItems = [preselected];
  }

  return new Promise((resolve) => {
    let chosen: ProfileSummary | undefined;
    pick.onDidAccept(() => {
      chosen = pick.selectedItems[0]?.profile ?? pick.activeItems[0]?.profile;
      if (chosen) {
        pick.hide();
      }
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve(chosen);
    });
    pick.show();
  });
}

function toItem(profile: ProfileSummary): ProfileItem {
  const account = accountIdFromArn(profile.roleArn);
  const description = [
    account ? `account ${account}` : undefined,
    profile.region,
    profile.mfaSerial ? 'MFA' : undefined,
  ].filter(Boolean).join(' · ');
  const problems = profile.problems ?? [];
  const detail = problems.length > 0
    ? `$(warning) ${problems.join(' ')}`
    : profile.roleArn ?? kindLabel(profile.kind);
  return {
    label: profile.name,
    description: description || undefined,
    detail,
    profile,
  };
}

function kindLabel(kind: ProfileSummary['kind']): string {
  switch (kind) {
    case 'staticKeys':
      return 'Static access keys';
    case 'credentialProcess':
      return 'Credentials from credential_process';
    case 'sso':
      return 'IAM Identity Center (SSO)';
    case 'role':
      return 'Role';
    default:
      return 'Other profile';
  }
}
