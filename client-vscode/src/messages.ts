// The wording of every message, title and prompt the extension shows. Plain Node: no 'vscode' import.
// End-to-end tests match some of these texts, so change them with care.

export const Messages = {
  // Palette, picks and input boxes.
  assumeRoleTitle: 'AWS: Assume Role',
  profilePlaceholder: 'Select the AWS profile whose role to assume (type to filter)',
  otherProfilesSeparator: 'Other profiles',
  roleProfilesSeparator: 'Role profiles',
  mfaTitle: (profile: string, mfaSerial: string | undefined) =>
    mfaSerial ? `MFA code for ${profile} (${mfaSerial})` : `MFA code for ${profile}`,
  mfaPrompt: 'Enter the 6-digit code from your authenticator app.',
  mfaPlaceholder: '123456',
  mfaCodeInvalid: 'Enter exactly six digits.',
  mfaCodeRejectedFallback: 'The MFA code was not accepted. Wait for the next code and enter it.',
  progressTitle: (profile: string) => `Assuming the role of profile '${profile}'…`,
  shellPlaceholder: 'Select the shell to copy the exports for',
  sessionActionsPlaceholder: (profile: string) => `Session of profile '${profile}'`,

  // Outcomes.
  assumed: (profile: string, expiresAt: string) =>
    `Assumed the role of profile '${profile}' until ${expiresAt}. New terminals get the credentials.`,
  noRoleProfiles: (configFile: string) =>
    `No profiles found in ${configFile || 'the AWS config files'}. Add a profile with role_arn and ` +
    'source_profile, then try again.',
  listingProblems: (count: number) =>
    `The AWS config files have ${count === 1 ? 'a problem' : `${count} problems`}. See the output for details.`,
  noSession: 'No AWS session is active. Run "AWS: Assume Role…" first.',
  sessionExpired: (profile: string) =>
    `The session of profile '${profile}' has expired. New terminals no longer get its credentials.`,
  sessionExpiring: (profile: string, minutes: number) =>
    `The session of profile '${profile}' expires in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
  sessionEnded: (profile: string) =>
    `Ended the session of profile '${profile}'. New terminals no longer get its credentials.`,
  sessionEndedByServer: (profile: string) =>
    `The server ended the session of profile '${profile}'. New terminals no longer get its credentials.`,
  sessionRestored: (profile: string, expiresAt: string) =>
    `Restored the session of profile '${profile}' (until ${expiresAt}) from the secret storage.`,
  sessionDetails: (role: string, account: string, sessionName: string, expiresAt: string, timeLeft: string) =>
    `Role ${role} in account ${account}, session name ${sessionName}. Expires at ${expiresAt} (${timeLeft} left).`,
  copied: (shell: string) =>
    `Copied the exports for ${shell} to the clipboard. They contain secret credentials: paste them only into ` +
    'a terminal you trust.',
  configFileMissing: (path: string) =>
    `The AWS config file ${path} does not exist yet. Create it?`,

  // Profile variables inherited from VS Code's own environment.
  inheritedProfile: (variables: string) =>
    `VS Code was started with ${variables}, so new terminals inherit it. The assumed credentials still ` +
    'take precedence for the AWS CLI and SDKs, because environment credentials beat profiles, but the ' +
    'profile may still choose the region and output. Remove it from the terminals of this workspace?',
  inheritedProfileRemoved: (key: string) =>
    `Set ${key} in the workspace settings so that new terminals do not inherit the profile variables.`,
  inheritedProfileNoWorkspace:
    'Open a folder or workspace to remove the profile variables from its terminals, or unset them in the ' +
    'shell that starts VS Code.',

  // Server start and failures.
  javaNotFound:
    'AWS Assume Role needs Java 17 or newer, but found no Java. Set "awsAssumeRole.java.home" or JAVA_HOME ' +
    'to a Java 17+ installation.',
  javaTooOld: (java: string, version: number | undefined) =>
    `AWS Assume Role needs Java 17 or newer, but ${java} is ` +
    `${version === undefined ? 'of an unknown version' : `Java ${version}`}. Set "awsAssumeRole.java.home" ` +
    'to a Java 17+ installation.',
  javaHomeInvalid: (home: string) =>
    `The setting "awsAssumeRole.java.home" points to ${home}, which has no bin/java. Fix the setting, then ` +
    'reload the window.',
  serverJarMissing: (jar: string) =>
    `The language server ${jar} is missing. Reinstall the extension or rebuild it with "npm run package".`,
  serverStartFailed: 'The AWS Assume Role server failed to start. See the output for details.',
  serverRestarted:
    'The AWS Assume Role server was restarted. It lost its sessions, so the terminal credentials ' +
    'were cleared. Assume the role again.',
  serverGaveUp: (restarts: number) =>
    `The AWS Assume Role server stopped ${restarts} times and will not be restarted. See the output, then ` +
    'reload the window.',
  serverNotRunning: 'The AWS Assume Role server is not running. See the output, then reload the window.',
  requestFailed: (operation: string, detail: string) => `${operation} failed: ${detail}`,
  serverStoppedDuringRequest: (operation: string) =>
    `${operation} failed because the AWS Assume Role server stopped. It is restarted automatically; try again.`,

  // Buttons.
  buttonOpenSetting: 'Open Setting',
  buttonOpenConfig: 'Open AWS Config File',
  buttonShowLogs: 'Show Logs',
  buttonRenew: 'Renew',
  buttonAssumeRole: 'Assume Role',
  buttonRemove: 'Remove for This Workspace',
  buttonKeep: 'Keep',
  buttonCreate: 'Create',
  buttonRetry: 'Retry',

  // Session action pick.
  actionRenew: 'Renew Session',
  actionEnd: 'End Session',
  actionShow: 'Show Session',
  actionCopy: 'Copy Credentials as Shell Exports',
} as const;
