import { checkEmail } from './contact';
import { checkRoleArn } from './group';

// Cognito's rules for a pool's e-mail and SMS sending (EmailConfigurationType and SmsConfigurationType in
// the API reference and the service model), checked as the person types:
// - SourceArn: an ArnType (20–2048 characters); stricter by design, the ARN of an Amazon SES identity, which
//   is what the reference asks for ("the ARN of a verified email address or an address from a verified
//   domain in Amazon SES"): arn:PARTITION:ses:REGION:ACCOUNT:identity/ADDRESS-OR-DOMAIN.
// - From: "the sender's email address or the sender's name with their email address", e.g.
//   `Test User <testuser@example.com>`; SES sends only from a verified identity, so the address must be the
//   identity's own, or in the identity's domain.
// - ReplyToEmailAddress: EmailAddressType, an address (checked as contact.ts checks e-mail).
// - ConfigurationSet: 1–64 of [a-zA-Z0-9_-].
// - SnsCallerArn: an IAM role (validation/group.ts's rule for role ARNs).
// - ExternalId: the model allows any string up to 131072, but Cognito passes it to sts:AssumeRole, whose
//   ExternalId is 2–1224 characters of [\w+=,.@:/-] (STS API reference, AssumeRole), so that is the rule.

const SES_IDENTITY = /^arn:aws(?:-[a-z]+)*:ses:[a-z]{2,4}(?:-[a-z]+)?-[a-z0-9]+-\d+:\d{12}:identity\/(\S+)$/;
const CONFIGURATION_SET = /^[a-zA-Z0-9_-]{1,64}$/;
const EXTERNAL_ID = /^[\w+=,.@:/-]{2,1224}$/;
const NAMED_ADDRESS = /^(?:[^<>]*<([^<>]+)>|([^<>\s]+))$/u;

/** The e-mail address or domain an SES identity ARN names, or undefined when it is not one. */
export function sesIdentityOf(arn: string): string | undefined {
  return SES_IDENTITY.exec(arn.trim())?.[1];
}

export function checkSesIdentityArn(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return 'Enter the ARN of your verified Amazon SES identity.';
  if (text.length > 2048 || !sesIdentityOf(text)) return 'Enter an Amazon SES identity ARN such as arn:aws:ses:eu-west-1:123456789012:identity/example.com.';
  return undefined;
}

/** The address of a From value: `a@b.example` or `Name <a@b.example>`. */
export function fromAddressOf(value: string): string | undefined {
  const match = NAMED_ADDRESS.exec(value.trim());
  const address = match?.[1] ?? match?.[2];
  return address && !checkEmail(address.trim()) ? address.trim() : undefined;
}

/** From, for sending through the identity `sourceArn` names (an address, or a domain). */
export function checkFromAddress(sourceArn: string): (value: string) => string | undefined {
  const identity = sesIdentityOf(sourceArn)?.toLowerCase();
  return (value) => {
    if (value.trim() === '') return 'Enter the address mail comes from, e.g. no-reply@example.com or Example <no-reply@example.com>.';
    const address = fromAddressOf(value)?.toLowerCase();
    if (!address) return 'Enter an address such as no-reply@example.com, or a name and an address: Example <no-reply@example.com>.';
    const fits = identity === undefined || address === identity || address.endsWith(`@${identity}`);
    return fits ? undefined : `Amazon SES sends only from its verified identity: use ${identity?.includes('@') ? identity : `an address at ${identity}`}.`;
  };
}

/** Empty means no reply-to address. */
export function checkReplyTo(value: string): string | undefined {
  const text = value.trim();
  return text === '' || !checkEmail(text) ? undefined : 'Enter the address replies go to, such as help@example.com, or leave it empty.';
}

/** Empty means no configuration set. */
export function checkConfigurationSet(value: string): string | undefined {
  const text = value.trim();
  return text === '' || CONFIGURATION_SET.test(text) ? undefined : 'A configuration set name has 1–64 letters, digits, hyphens or underscores.';
}

export function checkSmsRoleArn(value: string): string | undefined {
  const text = value.trim();
  if (text === '') return 'Enter the ARN of the IAM role Cognito uses to send SMS through Amazon SNS.';
  return checkRoleArn(text) ? 'Enter an IAM role ARN such as arn:aws:iam::123456789012:role/CognitoSms.' : undefined;
}

/** Empty means no external id. */
export function checkExternalId(value: string): string | undefined {
  const text = value.trim();
  return text === '' || EXTERNAL_ID.test(text) ? undefined : 'An external id has 2–1224 letters, digits or + = , . @ : / - _ (STS checks it when Cognito assumes the role), or leave it empty.';
}
