// Reading one user: AdminGetUser, as the API reference shapes it. (Groups are in groups.ts, app clients in
// clients.ts.)
import type { SeededPool } from './data';
import { usernameMember } from './members';
import { attributeList, poolOf, seconds } from './requests';
import type { Operation } from './server';
import { userIndexOf } from './users';
import { mfaReport } from './userMfa';

export function lookupOperations(pools: readonly SeededPool[]): Record<string, Operation> {
  return {
    AdminGetUser(input) {
      const pool = poolOf(pools, input);
      const user = pool.user(userIndexOf(pool, usernameMember(input)));
      return {
        Username: user.username,
        UserAttributes: attributeList(user),
        UserCreateDate: seconds(user.created),
        UserLastModifiedDate: seconds(user.modified),
        Enabled: user.enabled,
        UserStatus: user.status,
        // UserMFASettingList and PreferredMfaSetting, left out when the user has none (API reference, AdminGetUser).
        ...mfaReport(user),
      };
    },
  };
}
