import type { RoleSession } from '../contract/protocol';

/** Session whose credentials the terminals get, with the variables built from the server's result. */
export interface ActiveSession {
  session: RoleSession;
  variables: Map<string, string>;
  /** True when the session came from the secret storage after a reload, so the server does not know it. */
  restored: boolean;
}

/** Form in which a session is kept in SecretStorage. */
export interface StoredSession {
  version: 1;
  session: RoleSession;
  variables: [string, string][];
}

export function toStored(active: ActiveSession): StoredSession {
  return { version: 1, session: active.session, variables: [...active.variables] };
}

/** Parses what SecretStorage returned, or returns undefined when it is not a stored session. */
export function fromStored(text: string | undefined): ActiveSession | undefined {
  if (!text) {
    return undefined;
  }
  let value: Partial<StoredSession>;
  try {
    value = JSON.parse(text) as Partial<StoredSession>;
  } catch {
    return undefined;
  }
  const session = value.session;
  if (value.version !== 1 || !session || typeof session.profile !== 'string' ||
    typeof session.expiration !== 'string' || !Array.isArray(value.variables)) {
    return undefined;
  }
  const variables = value.variables.filter(
    (entry): entry is [string, string] =>
      Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string');
  return { session, variables: new Map(variables), restored: true };
}
