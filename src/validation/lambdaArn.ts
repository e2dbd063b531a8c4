// A Lambda function's ARN, as a trigger takes it. Cognito's own rule for every LambdaConfig member (API
// reference, LambdaConfigType): 20–2048 characters of
// `arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?`.
// That pattern takes any service's ARN; a trigger must name a Lambda function, so the stricter form of
// Lambda's own FunctionName (API reference, Invoke): `arn:<partition>:lambda:<region>:<12-digit account>:
// function:<name>` with an optional version or alias, the name 1–64 of letters, digits, - and _. Cognito's
// pattern has no `$`, so `:$LATEST` (which Lambda takes) is refused here as Cognito refuses it.

const MIN_LENGTH = 20;
const MAX_LENGTH = 2048;
export const COGNITO_ARN_PATTERN = /^arn:[\w+=/,.@-]+:[\w+=/,.@-]+:([\w+=/,.@-]*)?:[0-9]+:[\w+=/,.@-]+(:[\w+=/,.@-]+)?(:[\w+=/,.@-]+)?$/;
const FUNCTION_ARN = /^arn:aws[a-zA-Z-]*:lambda:[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d:\d{12}:function:[a-zA-Z0-9_-]{1,64}(:[a-zA-Z0-9_-]{1,128})?$/;
const EXAMPLE = 'arn:aws:lambda:eu-west-1:123456789012:function:pre-sign-up';

export function checkLambdaFunctionArn(value: string): string | undefined {
  if (value.trim() === '') return `Enter the ARN of a Lambda function, e.g. ${EXAMPLE}.`;
  if (value !== value.trim()) return 'Remove the spaces around the ARN.';
  if (value.length > MAX_LENGTH) return `An ARN can be at most ${MAX_LENGTH} characters.`;
  if (value.length < MIN_LENGTH || !COGNITO_ARN_PATTERN.test(value)) return `That is not an ARN; a Lambda function's looks like ${EXAMPLE}.`;
  if (!FUNCTION_ARN.test(value)) return `That is not a Lambda function's ARN; it looks like ${EXAMPLE}.`;
  return undefined;
}

/** The function's name in its ARN (with its version or alias), for sentences. */
export function functionNameOf(arn: string): string {
  const match = /:function:(.+)$/.exec(arn);
  return match ? match[1] : arn;
}
