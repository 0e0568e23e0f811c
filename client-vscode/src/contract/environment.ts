// The environment contract: which variables a terminal gets for an assumed role.
// This module must not import 'vscode', so that unit tests can load it in plain Node.

import type { RoleSession } from './protocol';

export const AccessKeyId = 'AWS_ACCESS_KEY_ID';
export const SecretAccessKey = 'AWS_SECRET_ACCESS_KEY';
export const SessionToken = 'AWS_SESSION_TOKEN';
export const CredentialExpiration = 'AWS_CREDENTIAL_EXPIRATION';
export const SessionExpiration = 'AWS_SESSION_EXPIRATION';
export const Region = 'AWS_REGION';
export const DefaultRegion = 'AWS_DEFAULT_REGION';
/** Marker variable that names the assumed profile. */
export const AssumedProfile = 'AWS_ASSUME_ROLE_PROFILE';

/**
 * Variables that would point SDKs at another profile. They are never set, and never set to an empty string,
 * because botocore rejects an empty AWS_PROFILE with "The config profile () could not be found".
 */
export const ProfileSelectors: readonly string[] = ['AWS_PROFILE', 'AWS_DEFAULT_PROFILE'];

/** Variables whose values are secret and must never be logged. */
export const SecretVariables: readonly string[] = [SecretAccessKey, SessionToken];

const RequiredVariables: readonly string[] = [AccessKeyId, SecretAccessKey, SessionToken];

/** Order in which variables are written, so exports and tests read the same every time. */
const VariableOrder: readonly string[] = [
  AccessKeyId,
  SecretAccessKey,
  SessionToken,
  CredentialExpiration,
  SessionExpiration,
  Region,
  DefaultRegion,
  AssumedProfile,
];

const VariableName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Builds the variables for a terminal from the server's `environment` and the session.
 * Fills in the expiration, region and marker variables from the session when the server left them out,
 * and drops AWS_PROFILE, AWS_DEFAULT_PROFILE, empty values and names that are not valid variable names.
 * Throws when one of the three credential variables is missing.
 */
export function buildTerminalEnvironment(
  environment: Record<string, string>,
  session: RoleSession,
): Map<string, string> {
  const result = new Map<string, string>();
  for (const [name, value] of Object.entries(environment ?? {})) {
    if (ProfileSelectors.includes(name) || !VariableName.test(name)) {
      continue;
    }
    if (typeof value !== 'string' || value === '') {
      continue;
    }
    result.set(name, value);
  }

  const missing = RequiredVariables.filter((name) => !result.has(name));
  if (missing.length > 0) {
    throw new Error(`The server returned no ${missing.join(', ')} for profile '${session.profile}'.`);
  }

  setIfAbsent(result, CredentialExpiration, session.expiration);
  setIfAbsent(result, SessionExpiration, session.expiration);
  if (session.region) {
    setIfAbsent(result, Region, session.region);
    setIfAbsent(result, DefaultRegion, session.region);
  }
  result.set(AssumedProfile, session.profile);
  return sortVariables(result);
}

function setIfAbsent(variables: Map<string, string>, name: string, value: string | undefined): void {
  if (value && !variables.has(name)) {
    variables.set(name, value);
  }
}

function sortVariables(variables: Map<string, string>): Map<string, string> {
  const rank = (name: string): number => {
    const index = VariableOrder.indexOf(name);
    return index < 0 ? VariableOrder.length : index;
  };
  const names = [...variables.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return new Map(names.map((name) => [name, variables.get(name) as string]));
}

/** Returns the key of `terminal.integrated.env.<platform>` for a Node.js `process.platform` value. */
export function terminalEnvPlatformKey(platform: string): 'windows' | 'osx' | 'linux' {
  if (platform === 'win32') {
    return 'windows';
  }
  if (platform === 'darwin') {
    return 'osx';
  }
  return 'linux';
}

/** Lists the profile selectors that are set in an environment, with their values. */
export function inheritedProfileSelectors(env: Record<string, string | undefined>): [string, string][] {
  return ProfileSelectors.filter((name) => env[name] !== undefined).map((name) => [name, env[name] as string]);
}
