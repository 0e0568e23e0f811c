// MFA code checks. Plain Node: no 'vscode' import.

import { Messages } from '../messages';

const SixDigits = /^\d{6}$/;

/**
 * Removes the whitespace that authenticator apps show inside a code ("123 456") and around a pasted one.
 */
export function normalizeMfaCode(value: string): string {
  return value.replace(/\s+/g, '');
}

/** Returns an error message for the input box, or undefined when the value is a valid six-digit code. */
export function validateMfaCode(value: string): string | undefined {
  return SixDigits.test(normalizeMfaCode(value)) ? undefined : Messages.mfaCodeInvalid;
}
