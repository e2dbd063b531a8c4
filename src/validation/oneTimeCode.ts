// One-time codes as a person types them: an authenticator app's, or one Cognito sent by SMS or e-mail.

/** A code of one of these lengths, digits only (spaces around it are trimmed before it is sent). */
export function checkCode(value: string, lengths: readonly number[] = [6]): string | undefined {
  const digits = value.trim();
  if (/^\d+$/.test(digits) && lengths.includes(digits.length)) return undefined;
  return `Enter the ${lengths.join('- or ')}-digit code.`;
}
