// A user pool's Lambda triggers as Edit Lambda Triggers offers them: Cognito's name (LambdaConfig's member),
// and what the function is asked to do, in one line (developer guide, "Customizing user pool workflows with
// Lambda triggers"). The custom sender triggers (CustomSMSSender, CustomEmailSender) need a KMS key as well
// and are not offered: an edit keeps them as they are.

export const LAMBDA_TRIGGERS = [
  { name: 'PreSignUp', description: 'Before sign-up: accept or refuse it, confirm or verify the user' },
  { name: 'CustomMessage', description: 'Rewrites the verification, invitation and MFA messages' },
  { name: 'PostConfirmation', description: 'After a user confirms the sign-up: welcome, provision' },
  { name: 'PreAuthentication', description: 'Before sign-in: allow or refuse it' },
  { name: 'PostAuthentication', description: 'After sign-in: log, analyse' },
  { name: 'DefineAuthChallenge', description: 'Custom sign-in: decides the next challenge' },
  { name: 'CreateAuthChallenge', description: 'Custom sign-in: creates a challenge' },
  { name: 'VerifyAuthChallengeResponse', description: "Custom sign-in: checks the user's answer" },
  { name: 'PreTokenGeneration', description: 'Before tokens are issued: adds, changes or removes claims' },
  { name: 'UserMigration', description: 'Sign-in or reset of an unknown user: brings it from another directory' },
] as const;

export type LambdaTrigger = (typeof LAMBDA_TRIGGERS)[number]['name'];

/** The event version of the pre token generation trigger (PreTokenGenerationVersionConfigType.LambdaVersion). */
export type PreTokenVersion = 'V1_0' | 'V2_0' | 'V3_0';

export const PRE_TOKEN_VERSIONS: readonly { version: PreTokenVersion; description: string; paidPlan: boolean }[] = [
  { version: 'V1_0', description: 'ID token claims and groups', paidPlan: false },
  { version: 'V2_0', description: 'ID and access token claims and scopes', paidPlan: true },
  { version: 'V3_0', description: 'as V2_0, for machine-to-machine (client credentials) tokens too', paidPlan: true },
];

/** The custom sender triggers, kept unchanged by every edit here. */
export const CUSTOM_SENDER_TRIGGERS = ['CustomSMSSender', 'CustomEmailSender'] as const;

export function isLambdaTrigger(name: string): name is LambdaTrigger {
  return LAMBDA_TRIGGERS.some((t) => t.name === name);
}
