import type { PoolRef } from '../../../connection/connections';
import type { VerifiedAttribute } from '../../../shared/types';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { CURRENT, currentStep, sendPoolChange, settingsOf, type PoolEditAnswers } from './poolEdit';

// Edit Sign-up and Verification…: whether anyone may sign up or only administrators create users
// (AdminCreateUserConfig.AllowAdminCreateUserOnly), which attributes Cognito verifies by sending a code
// (AutoVerifiedAttributes), and for which of those a change keeps the original value until the new one is
// verified (UserAttributeUpdateSettings). AWS accepts the last only among the verified ones ("All attributes
// in AttributesRequireVerificationBeforeUpdate must exist in AutoVerifiedAttributes", aws/aws-cli#7151), so
// it offers only those, and is not asked when none is.

const TITLE = 'Edit Sign-up and Verification';

interface Answers extends PoolEditAnswers {
  selfSignUp: boolean;
  autoVerified: VerifiedAttribute[];
  keepOriginal: VerifiedAttribute[];
}

const NAMES: Record<VerifiedAttribute, string> = { email: 'e-mail', phone_number: 'phone number' };
const VERIFIED_CHOICES: { label: string; value: VerifiedAttribute[] }[] = [
  { label: 'E-mail', value: ['email'] },
  { label: 'Phone number', value: ['phone_number'] },
  { label: 'E-mail and phone number', value: ['email', 'phone_number'] },
  { label: 'None', value: [] },
];

const listed = (attributes: readonly string[]) => (attributes.length ? attributes.map((a) => NAMES[a as VerifiedAttribute] ?? a).join(' and ') : 'none');
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export interface SignUpSettings {
  selfSignUp: boolean;
  autoVerifiedAttributes: VerifiedAttribute[];
  keepOriginalUntilVerified: VerifiedAttribute[];
}

export async function editSignUp(deps: FlowDeps, given?: PoolRef): Promise<SignUpSettings> {
  return runFlow<Answers, SignUpSettings>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      {
        fills: 'selfSignUp',
        ask: ({ current }, step) => {
          const now = settingsOf(current).selfSignUp !== false;
          return deps.prompter.pick(
            [
              { label: 'Anyone can sign up', detail: 'Self-registration on: apps call SignUp', value: true },
              { label: 'Only administrators create users', detail: 'Self-registration off: SignUp is refused', value: false },
            ].map((item) => (item.value === now ? { ...item, description: CURRENT } : item)),
            { ...step, placeholder: 'Who can create an account' },
          );
        },
      },
      {
        fills: 'autoVerified',
        ask: ({ current }, step) =>
          deps.prompter.pick(
            VERIFIED_CHOICES.map((c) => (sameSet(c.value, current.autoVerifiedAttributes) ? { ...c, description: CURRENT } : c)),
            { ...step, placeholder: 'Attributes Cognito verifies by sending a code' },
          ),
      },
      {
        fills: 'keepOriginal',
        skip: (a) => a.autoVerified !== undefined && a.autoVerified.length === 0,
        ask: ({ current, autoVerified }, step) =>
          deps.prompter.pickMany(
            autoVerified.map((attribute) => ({
              label: `Keep the original ${NAMES[attribute]}`,
              detail: `A changed ${NAMES[attribute]} takes effect only once it is verified`,
              value: attribute,
              picked: (settingsOf(current).keepOriginalUntilVerified ?? []).includes(attribute),
            })),
            { ...step, placeholder: 'Keep the original value until a change is verified (none ticked: changes apply at once)' },
          ),
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `sign-up and verification of ${pool.pool.name}`,
        changes: (a) => {
          const settings = settingsOf(a.current);
          const after = chosen(a);
          return [
            { setting: 'Self-registration', before: settings.selfSignUp === false ? 'off' : 'on', after: after.selfSignUp ? 'on' : 'off' },
            { setting: 'Verified automatically', before: listed(a.current.autoVerifiedAttributes), after: listed(after.autoVerifiedAttributes) },
            { setting: 'Original kept until verified', before: listed(settings.keepOriginalUntilVerified ?? []), after: listed(after.keepOriginalUntilVerified) },
          ];
        },
        consequence: (a) =>
          [
            'Existing users keep their accounts and verified attributes; the change applies to sign-ups and attribute changes from now on.',
            chosen(a).autoVerifiedAttributes.includes('phone_number') && !a.current.smsConfigured ? 'Phone numbers are verified by SMS, which needs the pool to have an SMS role; it has none yet.' : undefined,
          ]
            .filter(Boolean)
            .join(' '),
      }),
    ],
    execute: async (a) => {
      const settings = chosen(a);
      await sendPoolChange(deps, a.pool, settings, 'sign-up and verification settings');
      return settings;
    },
  });
}

function chosen(a: Answers): SignUpSettings {
  return {
    selfSignUp: a.selfSignUp,
    autoVerifiedAttributes: a.autoVerified,
    // Only among the verified ones, whatever was kept before (AWS refuses any other).
    keepOriginalUntilVerified: (a.keepOriginal ?? []).filter((attribute) => a.autoVerified.includes(attribute)),
  };
}
