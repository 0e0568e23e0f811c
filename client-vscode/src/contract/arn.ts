// ARN helpers. Plain Node: no 'vscode' import.

const AccountId = /^\d{12}$/;

/**
 * Returns the 12-digit account id from an ARN such as `arn:aws:iam::123456789012:role/admin`,
 * or undefined when the text is not an ARN with an account id.
 */
export function accountIdFromArn(arn: string | undefined): string | undefined {
  if (!arn) {
    return undefined;
  }
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') {
    return undefined;
  }
  return AccountId.test(parts[4]) ? parts[4] : undefined;
}
