// Countdown text for the status bar. Plain Node: no 'vscode' import.

/**
 * Formats the seconds left as `m:ss`, or `h:mm:ss` from one hour up. Fractions are dropped and a negative
 * value shows as `0:00`.
 */
export function formatCountdown(secondsLeft: number): string {
  const total = Number.isFinite(secondsLeft) ? Math.max(0, Math.floor(secondsLeft)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) {
    return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  }
  return `${minutes}:${ss}`;
}

/** Returns the whole seconds from `now` until the ISO-8601 `expiration`, negative once it has passed. */
export function secondsUntil(expiration: string, now: Date): number {
  const expiresAt = Date.parse(expiration);
  if (Number.isNaN(expiresAt)) {
    return 0;
  }
  return Math.floor((expiresAt - now.getTime()) / 1000);
}
