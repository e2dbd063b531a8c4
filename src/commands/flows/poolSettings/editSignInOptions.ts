import type { PoolRef } from '../../../connection/connections';
import { CognitoError } from '../../../shared/errors';
import type { FirstAuthFactor } from '../../../shared/types';
import { confirmChanges } from '../changeSummary';
import type { FlowDeps } from '../deps';
import { runFlow } from '../steps';
import { poolStep } from '../targetSteps';
import { currentStep, sendPoolChange, settingsOf, type PoolEditAnswers } from './poolEdit';
import { FIRST_FACTOR_NAMES, firstFactorsText, PLAN_NAMES } from '../../../shared/signInNames';
import { firstFactorRefusal, planOf } from './signInFeatures';

// Edit Sign-in Options…: what a user may sign in with first (Policies.SignInPolicy.AllowedFirstAuthFactors,
// sent through the one PoolChange, the password policy beside it kept). A password is always allowed and is
// not offered for removal. E-mail codes, SMS codes and passkeys are passwordless sign-in, an Essentials
// feature; e-mail codes need e-mail through Amazon SES, SMS codes an SMS role (signInFeatures.ts). Only what
// the pool allows is offered; what it does not is named in the placeholder with the reason, and a pool
// that allows none of them is told so before anything is asked.

const TITLE = 'Edit Sign-in Options';
const PASSWORDLESS: readonly FirstAuthFactor[] = ['EMAIL_OTP', 'SMS_OTP', 'WEB_AUTHN'];
const DETAILS: Record<FirstAuthFactor, string> = {
  PASSWORD: '',
  EMAIL_OTP: 'A one-time code sent to the verified e-mail address',
  SMS_OTP: 'A one-time code sent by SMS to the verified phone number',
  WEB_AUTHN: 'A passkey (WebAuthn) the user registered after signing in',
};

interface Answers extends PoolEditAnswers {
  passwordless: FirstAuthFactor[];
}

export async function editSignInOptions(deps: FlowDeps, given?: PoolRef): Promise<FirstAuthFactor[]> {
  return runFlow<Answers, FirstAuthFactor[]>({
    title: TITLE,
    given: { pool: given },
    steps: [
      poolStep(deps),
      currentStep(deps),
      {
        fills: 'passwordless',
        ask: ({ pool, current }, step) => {
          const now = allowedNow(current);
          // One the pool no longer allows but has now stays offered, so it can be removed.
          const offered = PASSWORDLESS.filter((f) => firstFactorRefusal(f, current) === undefined || now.includes(f));
          const refused = PASSWORDLESS.filter((f) => !offered.includes(f));
          if (offered.length === 0) {
            const why = planOf(current) === 'LITE' ? `passwordless sign-in needs the Essentials or Plus plan, and ${pool.pool.name} is on ${PLAN_NAMES.LITE} (Edit Feature Plan…)` : 'none of them is possible';
            throw new CognitoError(`${pool.pool.name} can only sign in with a password: ${why}.`, 'invalidParameter');
          }
          const notOffered = refused.map((f) => `${FIRST_FACTOR_NAMES[f]} ${firstFactorRefusal(f, current)}`);
          return deps.prompter.pickMany(
            offered.map((f) => ({ label: FIRST_FACTOR_NAMES[f], detail: DETAILS[f], value: f, picked: now.includes(f) })),
            { ...step, placeholder: ['A password is always allowed; also allow (none ticked: password only)', ...notOffered].join('. ') },
          );
        },
      },
      confirmChanges(deps, {
        subject: ({ pool }) => `the sign-in options of ${pool.pool.name}`,
        changes: (a) => [{ setting: 'First sign-in factors', before: firstFactorsText(allowedNow(a.current)), after: firstFactorsText(chosen(a)) }],
        consequence: () => 'Users sign in with a passwordless factor through choice-based sign-in (USER_AUTH), which an app client must allow; password sign-in is unchanged.',
      }),
    ],
    execute: async (a) => {
      const factors = chosen(a);
      await sendPoolChange(deps, a.pool, { firstFactors: factors }, 'sign-in options');
      return factors;
    },
  });
}

const allowedNow = (current: PoolEditAnswers['current']): FirstAuthFactor[] => settingsOf(current).firstFactors ?? ['PASSWORD'];

/** PASSWORD first and always, then what was ticked. */
const chosen = (a: Answers): FirstAuthFactor[] => ['PASSWORD', ...PASSWORDLESS.filter((f) => a.passwordless.includes(f))];
