// Types and method names of the custom JSON-RPC methods that the language server serves.
// This module must not import 'vscode', so that unit tests can load it in plain Node.

export const Methods = {
  profiles: 'aws/profiles',
  assumeRole: 'aws/assumeRole',
  sessions: 'aws/sessions',
  endSession: 'aws/endSession',
  sessionExpiring: 'aws/sessionExpiring',
  sessionEnded: 'aws/sessionEnded',
  profilesChanged: 'aws/profilesChanged',
} as const;

export type ProfileKind = 'staticKeys' | 'role' | 'credentialProcess' | 'sso' | 'other';

export interface ProfileSummary {
  name: string;
  kind: ProfileKind;
  roleArn?: string;
  sourceProfile?: string;
  credentialSource?: string;
  mfaSerial?: string;
  region?: string;
  durationSeconds?: number;
  problems: string[];
}

export interface ProfileListing {
  configFile: string;
  credentialsFile: string;
  profiles: ProfileSummary[];
  problems?: string[];
}

export interface AssumeRoleParams {
  profile: string;
  tokenCode?: string;
  durationSeconds?: number;
}

export interface RoleSession {
  profile: string;
  roleArn: string;
  assumedRoleArn: string;
  accountId: string;
  sessionName: string;
  region?: string;
  /** ISO-8601 instant in UTC. */
  expiration: string;
}

export interface AssumeRoleResult {
  session: RoleSession;
  environment: Record<string, string>;
  /** Sentences about how the request was changed, such as a chained role capped at one hour. */
  notices?: string[];
}

export interface SessionsResult {
  sessions: RoleSession[];
}

export interface EndSessionParams {
  profile: string;
}

export interface SessionExpiringParams {
  session: RoleSession;
  secondsLeft: number;
}

export interface SessionEndedParams {
  profile: string;
  reason: string;
}

export type FailureKind =
  | 'mfaCodeRequired'
  | 'mfaCodeRejected'
  | 'invalidInput'
  | 'profileNotFound'
  | 'configError'
  | 'sourceCredentialsInvalid'
  | 'accessDenied'
  | 'durationTooLong'
  | 'throttled'
  | 'network'
  | 'stsError'
  | 'notSupported'
  | 'internal';

/** The `data` member of a JSON-RPC error that the server returns for a failed request. */
export interface FailureData {
  kind: FailureKind;
  message: string;
  profile?: string;
  mfaSerial?: string;
}

/** Settings the server reads, sent as initializationOptions and in workspace/didChangeConfiguration. */
export interface ServerSettings {
  defaultDurationSeconds?: number;
  warningMinutes?: number;
  stsEndpoint?: string;
  logLevel?: string;
  traceMessages?: boolean;
}

/** Reads the failure data from an error thrown by sendRequest, or returns undefined. */
export function failureOf(error: unknown): FailureData | undefined {
  if (typeof error !== 'object' || error === null) {
    return undefined;
  }
  const data = (error as { data?: unknown }).data;
  if (typeof data !== 'object' || data === null) {
    return undefined;
  }
  const candidate = data as Partial<FailureData>;
  if (typeof candidate.kind !== 'string') {
    return undefined;
  }
  return {
    kind: candidate.kind,
    message: typeof candidate.message === 'string' ? candidate.message : '',
    profile: typeof candidate.profile === 'string' ? candidate.profile : undefined,
    mfaSerial: typeof candidate.mfaSerial === 'string' ? candidate.mfaSerial : undefined,
  };
}
