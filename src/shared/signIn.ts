import type { SignInOption } from './types';

// How a pool's sign-in choice maps to CreateUserPool's UsernameAttributes / AliasAttributes, and back.
// UsernameAttributes: people sign in with e-mail or phone instead of a username.
// AliasAttributes: people have a username and may also sign in with their e-mail.

type PoolSignInSettings = { UsernameAttributes?: ('email' | 'phone_number')[]; AliasAttributes?: 'email'[] };

export function signInToPoolSettings(signIn: SignInOption): PoolSignInSettings {
  switch (signIn) {
    case 'username':
      return {};
    case 'email':
      return { UsernameAttributes: ['email'] };
    case 'phone':
      return { UsernameAttributes: ['phone_number'] };
    case 'emailOrPhone':
      return { UsernameAttributes: ['email', 'phone_number'] };
    case 'usernameOrEmail':
      return { AliasAttributes: ['email'] };
  }
}

export function signInFromPoolSettings(usernameAttributes: string[] = [], aliasAttributes: string[] = []): SignInOption {
  const email = usernameAttributes.includes('email');
  const phone = usernameAttributes.includes('phone_number');
  if (email && phone) return 'emailOrPhone';
  if (email) return 'email';
  if (phone) return 'phone';
  if (aliasAttributes.includes('email')) return 'usernameOrEmail';
  return 'username';
}

export const SIGN_IN_LABELS: Record<SignInOption, string> = {
  username: 'Username',
  email: 'E-mail address',
  phone: 'Phone number',
  emailOrPhone: 'E-mail address or phone number',
  usernameOrEmail: 'Username, or e-mail address as an alias',
};
