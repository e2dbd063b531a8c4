import { VIEW_COMMANDS } from './commands';
import type { CommandDeclaration } from './declaration';
import { APP_CLIENT_SETTINGS_COMMANDS } from './flows/appClientSettings/commands';
import { AUTH_COMMANDS } from './flows/auth/commands';
import { FLOW_COMMANDS } from './flows/commands';
import { CUSTOM_ATTRIBUTE_COMMANDS } from './flows/customAttributes/commands';
import { DOMAIN_COMMANDS } from './flows/domains/commands';
import { GROUP_COMMANDS } from './flows/groups/commands';
import { IDENTITY_POOL_COMMANDS } from './flows/identityPools/commands';
import { POOL_MESSAGING_COMMANDS } from './flows/poolMessaging/commands';
import { LAMBDA_TRIGGER_COMMANDS } from './flows/lambdaTriggers/commands';
import { POOL_COMMANDS } from './flows/pools/commands';
import { POOL_SETTINGS_COMMANDS } from './flows/poolSettings/commands';
import { RESOURCE_SERVER_COMMANDS } from './flows/resourceServers/commands';
import { USER_COMMANDS } from './flows/users/commands';

// Every command, folder by folder: each folder's `commands.ts` declares the commands of the flows beside
// it. package.json's commands and menus are generated in this order (scripts/generateManifest.js), and
// the features bundle dispatches on this list. A new folder of flows adds its list here; a new command in
// an existing folder only adds a declaration to that folder's `commands.ts`.

export const COMMANDS: readonly CommandDeclaration[] = [
  ...VIEW_COMMANDS,
  ...FLOW_COMMANDS,
  ...POOL_COMMANDS,
  ...POOL_SETTINGS_COMMANDS,
  ...POOL_MESSAGING_COMMANDS,
  ...LAMBDA_TRIGGER_COMMANDS,
  ...CUSTOM_ATTRIBUTE_COMMANDS,
  ...DOMAIN_COMMANDS,
  ...APP_CLIENT_SETTINGS_COMMANDS,
  ...USER_COMMANDS,
  ...GROUP_COMMANDS,
  ...RESOURCE_SERVER_COMMANDS,
  ...AUTH_COMMANDS,
  ...IDENTITY_POOL_COMMANDS,
];
