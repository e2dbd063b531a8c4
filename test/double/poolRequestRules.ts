// Refusals of CreateUserPool and UpdateUserPool that concern two members together: members that
// DescribeUserPool reports side by side but a request may not carry side by side. A tool that sends a
// pool's own Describe answer back (as UpdateUserPool's reference tells it to, since what a request leaves
// out is reset) meets these on real pools.
import { ServiceError, type Input } from './server';

/**
 * AdminCreateUserConfig.UnusedAccountValidityDays is deprecated in favour of
 * Policies.PasswordPolicy.TemporaryPasswordValidityDays (API reference, AdminCreateUserConfigType: "This
 * parameter is no longer in use"); DescribeUserPool still reports both (7 and 7 for an ordinary pool).
 * From public threads, not the API reference: a request carrying both is refused with this message, by
 * CreateUserPool (aws/aws-sdk-js#3817) and UpdateUserPool (pulumi/pulumi-aws-native#1256, a read-back
 * update; aws-controllers-k8s/community#2837; hashicorp/terraform-provider-aws#8845). #8845 (2019) saw
 * a 0 accepted beside it; the double refuses any value, as the later threads report.
 */
export const UNUSED_ACCOUNT_VALIDITY_DAYS = 'Please use TemporaryPasswordValidityDays in PasswordPolicy instead of UnusedAccountValidityDays';

/** AWS's wording for a verification message it refuses, as the public threads below quote it. */
export const MESSAGE_INVALID = 'The message is invalid.';

const given = (value: unknown) => value !== undefined && value !== null;

export function checkTemporaryPasswordDays(passwordPolicy: Input | undefined, adminCreateUser: Input | undefined): void {
  if (given(passwordPolicy?.TemporaryPasswordValidityDays) && given(adminCreateUser?.UnusedAccountValidityDays)) {
    throw new ServiceError('InvalidParameterException', UNUSED_ACCOUNT_VALIDITY_DAYS);
  }
}

/**
 * VerificationMessageTemplate: "For CONFIRM_WITH_LINK, specify an EmailMessageByLink and leave
 * EmailMessage blank. For CONFIRM_WITH_CODE, specify an EmailMessage and leave EmailMessageByLink blank.
 * When you supply both parameters with either choice, Amazon Cognito returns an error." (API reference,
 * CreateUserPool / UpdateUserPool; the error's wording is not documented: the one aws/aws-cli#8280 got for
 * a template with both is used). And, from a public thread: the deprecated EmailVerificationMessage /
 * EmailVerificationSubject beside a link-style template are refused the same way (aws/aws-cdk#6811, whose
 * fix aws/aws-cdk#6938 names them as the cause).
 */
export function checkVerificationMessages(input: Input): void {
  const template = input.VerificationMessageTemplate as Input | undefined | null;
  if (!template || typeof template !== 'object') return;
  if (given(template.EmailMessage) && given(template.EmailMessageByLink)) throw new ServiceError('InvalidParameterException', MESSAGE_INVALID);
  if (template.DefaultEmailOption === 'CONFIRM_WITH_LINK' && (given(input.EmailVerificationMessage) || given(input.EmailVerificationSubject))) {
    throw new ServiceError('InvalidParameterException', MESSAGE_INVALID);
  }
}
