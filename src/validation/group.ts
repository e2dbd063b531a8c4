// Cognito's rules for groups (CreateGroup in the API reference): GroupName 1–128 characters of
// letters, marks, symbols, numbers and punctuation (no spaces); Description up to 2048 characters;
// Precedence a non-negative integer (an int32, so at most 2147483647); RoleArn an IAM role's ARN.
// Lengths count characters (code points). The Create Group flow trims the description, precedence and
// role ARN before it sends them, so they are checked trimmed.

const GROUP_NAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;
// AWS's RoleArn is any ARN (ArnType, 20–2048 characters). Stricter by design: the prompt asks for an IAM
// role, so it must be one as IAM documents it: arn:PARTITION:iam::ACCOUNT:role/PATH/NAME, a 12-digit
// account, a path of at most 512 characters from / to /, and a name of 1–64 of [\w+=,.@-].
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role(\/(?:[\w+=,.@/-]+\/)?)([\w+=,.@-]{1,64})$/;
const MAX_ROLE_PATH = 512;
const MAX_PRECEDENCE = 2 ** 31 - 1;

export function checkGroupName(value: string): string | undefined {
  const length = [...value].length;
  if (length === 0) return 'Enter a group name.';
  if (length > 128) return `A group name has at most 128 characters (now ${length}).`;
  if (!GROUP_NAME.test(value)) return 'A group name can contain letters, numbers, symbols and punctuation, but no spaces or control characters.';
  return undefined;
}

export function checkGroupDescription(value: string): string | undefined {
  return [...value.trim()].length > 2048 ? 'A description has at most 2048 characters.' : undefined;
}

/** Empty means no precedence. */
export function checkPrecedence(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (!/^\d+$/.test(text) || Number(text) > MAX_PRECEDENCE) return `Enter a whole number from 0 to ${MAX_PRECEDENCE} (lower wins), or leave it empty.`;
  return undefined;
}

/** Empty means no role. */
export function checkRoleArn(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  const match = ROLE_ARN.exec(text);
  return match && match[1].length <= MAX_ROLE_PATH ? undefined : 'Enter an IAM role ARN such as arn:aws:iam::123456789012:role/Admins, or leave it empty.';
}
