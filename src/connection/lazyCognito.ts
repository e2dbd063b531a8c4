import { CognitoError, toCognitoError } from '../cognito/errors';
import type { CallLog } from '../aws/cognito/service';
import type { CognitoApi } from '../cognito/types';
import { awsBundle } from './awsBundle';
import { checkEndpoint } from './endpoint';
import type { ConnectionSettings } from './settings';

// A CognitoApi that loads the AWS bundle and builds the real service on its first call, so
// activation never pays for the SDK. `reset()` (settings changed) makes the next call build anew.

export class LazyCognito implements CognitoApi {
  private service?: Promise<{ service: CognitoApi; region: string }>;

  constructor(
    private readonly settings: () => ConnectionSettings,
    private readonly log?: CallLog,
  ) {}

  reset(): void {
    this.service = undefined;
  }

  /** The region in use, once resolved (it may come from the profile). */
  async region(): Promise<string> {
    return (await this.get()).region;
  }

  listUserPools: CognitoApi['listUserPools'] = (...args) => this.call('listUserPools', (s) => s.listUserPools(...args));
  listAppClients: CognitoApi['listAppClients'] = (...args) => this.call('listAppClients', (s) => s.listAppClients(...args));
  listUsers: CognitoApi['listUsers'] = (...args) => this.call('listUsers', (s) => s.listUsers(...args));
  describeUserPool: CognitoApi['describeUserPool'] = (...args) => this.call('describeUserPool', (s) => s.describeUserPool(...args));
  createUserPool: CognitoApi['createUserPool'] = (...args) => this.call('createUserPool', (s) => s.createUserPool(...args));
  createAppClient: CognitoApi['createAppClient'] = (...args) => this.call('createAppClient', (s) => s.createAppClient(...args));
  createUser: CognitoApi['createUser'] = (...args) => this.call('createUser', (s) => s.createUser(...args));
  getUser: CognitoApi['getUser'] = (...args) => this.call('getUser', (s) => s.getUser(...args));
  describeAppClient: CognitoApi['describeAppClient'] = (...args) => this.call('describeAppClient', (s) => s.describeAppClient(...args));
  signIn: CognitoApi['signIn'] = (...args) => this.call('signIn', (s) => s.signIn(...args));
  answerChallenge: CognitoApi['answerChallenge'] = (...args) => this.call('answerChallenge', (s) => s.answerChallenge(...args));
  refreshTokens: CognitoApi['refreshTokens'] = (...args) => this.call('refreshTokens', (s) => s.refreshTokens(...args));
  revokeToken: CognitoApi['revokeToken'] = (...args) => this.call('revokeToken', (s) => s.revokeToken(...args));
  listUserRecords: CognitoApi['listUserRecords'] = (...args) => this.call('listUserRecords', (s) => s.listUserRecords(...args));
  updateAppClientAuthFlows: CognitoApi['updateAppClientAuthFlows'] = (...args) => this.call('updateAppClientAuthFlows', (s) => s.updateAppClientAuthFlows(...args));
  deleteAppClient: CognitoApi['deleteAppClient'] = (...args) => this.call('deleteAppClient', (s) => s.deleteAppClient(...args));
  deleteUserPool: CognitoApi['deleteUserPool'] = (...args) => this.call('deleteUserPool', (s) => s.deleteUserPool(...args));
  setDeletionProtection: CognitoApi['setDeletionProtection'] = (...args) => this.call('setDeletionProtection', (s) => s.setDeletionProtection(...args));
  getUserDetails: CognitoApi['getUserDetails'] = (...args) => this.call('getUserDetails', (s) => s.getUserDetails(...args));
  setUserPassword: CognitoApi['setUserPassword'] = (...args) => this.call('setUserPassword', (s) => s.setUserPassword(...args));
  setUserEnabled: CognitoApi['setUserEnabled'] = (...args) => this.call('setUserEnabled', (s) => s.setUserEnabled(...args));
  confirmUser: CognitoApi['confirmUser'] = (...args) => this.call('confirmUser', (s) => s.confirmUser(...args));
  deleteUser: CognitoApi['deleteUser'] = (...args) => this.call('deleteUser', (s) => s.deleteUser(...args));
  updateUserAttributes: CognitoApi['updateUserAttributes'] = (...args) => this.call('updateUserAttributes', (s) => s.updateUserAttributes(...args));
  deleteUserAttributes: CognitoApi['deleteUserAttributes'] = (...args) => this.call('deleteUserAttributes', (s) => s.deleteUserAttributes(...args));
  resetUserPassword: CognitoApi['resetUserPassword'] = (...args) => this.call('resetUserPassword', (s) => s.resetUserPassword(...args));
  resendInvitation: CognitoApi['resendInvitation'] = (...args) => this.call('resendInvitation', (s) => s.resendInvitation(...args));
  signOutEverywhere: CognitoApi['signOutEverywhere'] = (...args) => this.call('signOutEverywhere', (s) => s.signOutEverywhere(...args));
  listGroups: CognitoApi['listGroups'] = (...args) => this.call('listGroups', (s) => s.listGroups(...args));
  listUsersInGroup: CognitoApi['listUsersInGroup'] = (...args) => this.call('listUsersInGroup', (s) => s.listUsersInGroup(...args));
  createGroup: CognitoApi['createGroup'] = (...args) => this.call('createGroup', (s) => s.createGroup(...args));
  deleteGroup: CognitoApi['deleteGroup'] = (...args) => this.call('deleteGroup', (s) => s.deleteGroup(...args));
  addUserToGroup: CognitoApi['addUserToGroup'] = (...args) => this.call('addUserToGroup', (s) => s.addUserToGroup(...args));
  removeUserFromGroup: CognitoApi['removeUserFromGroup'] = (...args) => this.call('removeUserFromGroup', (s) => s.removeUserFromGroup(...args));

  private get(): Promise<{ service: CognitoApi; region: string }> {
    if (!this.service) {
      const creating = Promise.resolve().then(() => {
        const settings = this.settings();
        const endpointProblem = settings.endpoint ? checkEndpoint(settings.endpoint) : undefined;
        if (endpointProblem) throw new CognitoError(`${endpointProblem.replace(/\.$/, '')} (setting cognito.endpoint).`, 'invalidParameter');
        return awsBundle().createCognitoService(settings, this.log);
      });
      // A failed start (a broken config file, say) should not stick: the next call tries again.
      creating.catch(() => {
        if (this.service === creating) this.service = undefined;
      });
      this.service = creating;
    }
    return this.service;
  }

  /** Errors leave here as this bundle's CognitoError, whichever bundle threw them. */
  private async call<T>(operation: string, use: (service: CognitoApi) => Promise<T>): Promise<T> {
    try {
      return await use((await this.get()).service);
    } catch (error) {
      throw toCognitoError(error, { operation });
    }
  }
}
