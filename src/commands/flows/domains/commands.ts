import type { CommandDeclaration } from '../../declaration';
import { clientOf, poolOf } from '../../nodeArguments';
import { assignDefaultBranding } from './assignDefaultBranding';
import { copyManagedLoginUrl, copyOpenIdConfigurationUrl } from './copyManagedLoginUrls';
import { createDomain } from './createDomain';
import { deleteDomain } from './deleteDomain';

// A pool's prefix domain and its managed login: Create Domain…, Delete Domain, Assign Default Branding
// (a style per app client, which managed login's pages need), and the URLs an app needs: the managed
// login page of an app client and the pool's OpenID configuration. Each is on its row's menu and in the
// palette (asking the pool or the app client); Pool Details offers the domain's as buttons.

export const DOMAIN_COMMANDS: readonly CommandDeclaration[] = [
  { id: 'cognito.createDomain', title: 'Create Domain…', rows: [{ on: 'pool', group: '4_domain', order: 1 }], run: ({ deps }, node) => createDomain(deps(), poolOf(node)) },
  {
    id: 'cognito.assignDefaultBranding',
    title: 'Assign Default Branding',
    rows: [{ on: 'pool', group: '4_domain', order: 2 }],
    run: ({ deps }, node) => assignDefaultBranding(deps(), poolOf(node)),
  },
  { id: 'cognito.deleteDomain', title: 'Delete Domain', rows: [{ on: 'pool', group: '8_delete', order: 2 }], run: ({ deps }, node) => deleteDomain(deps(), poolOf(node)) },
  {
    id: 'cognito.copyManagedLoginUrl',
    title: 'Copy Managed Login URL',
    rows: [{ on: 'appClient', group: '1_copy', order: 3 }],
    run: ({ deps }, node) => copyManagedLoginUrl(deps(), clientOf(node)),
  },
  {
    id: 'cognito.copyOpenIdConfigurationUrl',
    title: 'Copy OpenID Configuration URL',
    rows: [{ on: 'pool', group: '1_copy', order: 5 }],
    run: ({ deps }, node) => copyOpenIdConfigurationUrl(deps(), poolOf(node)),
  },
];
