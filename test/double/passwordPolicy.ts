// A user pool's password policy, checked as Cognito checks a new password (InvalidPasswordException).

export interface PasswordPolicy {
  minimumLength: number;
  requireUppercase: boolean;
  requireLowercase: boolean;
  requireNumbers: boolean;
  requireSymbols: boolean;
  temporaryPasswordValidityDays: number;
  /** Reported when set; not enforced (the double keeps no password history). */
  passwordHistorySize?: number;
}

/** Cognito's default for a new pool. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minimumLength: 8,
  requireUppercase: true,
  requireLowercase: true,
  requireNumbers: true,
  requireSymbols: true,
  temporaryPasswordValidityDays: 7,
};

// The characters Cognito counts as symbols; a space inside the password counts too.
const SYMBOLS = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/** Why `password` breaks the policy, in AWS's words, or undefined when it complies. */
export function policyViolation(policy: PasswordPolicy, password: string): string | undefined {
  const prefix = 'Password does not conform to policy: ';
  if (password.length < policy.minimumLength) return `${prefix}Password not long enough`;
  if (policy.requireUppercase && !/[A-Z]/.test(password)) return `${prefix}Password must have uppercase characters`;
  if (policy.requireLowercase && !/[a-z]/.test(password)) return `${prefix}Password must have lowercase characters`;
  if (policy.requireNumbers && !/[0-9]/.test(password)) return `${prefix}Password must have numeric characters`;
  if (policy.requireSymbols && !SYMBOLS.test(password.trim())) return `${prefix}Password must have symbol characters`;
  return undefined;
}

/** DescribeUserPool's PasswordPolicyType. */
export function describePasswordPolicy(policy: PasswordPolicy) {
  return {
    MinimumLength: policy.minimumLength,
    RequireUppercase: policy.requireUppercase,
    RequireLowercase: policy.requireLowercase,
    RequireNumbers: policy.requireNumbers,
    RequireSymbols: policy.requireSymbols,
    PasswordHistorySize: policy.passwordHistorySize,
    TemporaryPasswordValidityDays: policy.temporaryPasswordValidityDays,
  };
}
