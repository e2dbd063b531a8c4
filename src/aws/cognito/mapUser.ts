import type { UserType } from '@aws-sdk/client-cognito-identity-provider';
import type { User } from '../../shared/types';

/** An SDK user (ListUsers, AdminCreateUser, AdminGetUser's fields) as the tree shows it. */
export function toUser(user: UserType): User {
  const attribute = (name: string) => user.Attributes?.find((a) => a.Name === name)?.Value;
  return {
    username: user.Username ?? '',
    status: user.UserStatus ?? 'UNKNOWN',
    enabled: user.Enabled ?? true,
    email: attribute('email'),
    phoneNumber: attribute('phone_number'),
  };
}
