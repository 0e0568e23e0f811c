// Local-time rendering of expirations. Plain Node: no 'vscode' import.

/** Formats an ISO-8601 expiration as local date and time, e.g. "14:05:09" today or "5 Dec, 02:05:09". */
export function formatExpiry(expiration: string, now: Date = new Date()): string {
  const expiresAt = new Date(expiration);
  if (Number.isNaN(expiresAt.getTime())) {
    return expiration;
  }
  const time = expiresAt.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  if (expiresAt.toDateString() === now.toDateString()) {
    return time;
  }
  const day = expiresAt.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  return `${day}, ${time}`;
}
