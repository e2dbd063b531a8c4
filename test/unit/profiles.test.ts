import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createCognitoService, credentialsFor } from '../../src/aws/createService';
import { listProfiles, resolveRegion } from '../../src/aws/profiles';
import { CognitoError } from '../../src/shared/errors';

// Profiles and credentials from temporary AWS config files, through the SDK's own providers.

describe('AWS profiles and credentials', () => {
  // Taken before each test, not when the file loads: whatever a runner set up meanwhile (mutation testing
  // starts cognito-local and names it in the environment) survives these tests.
  let saved: NodeJS.ProcessEnv;
  let dir: string;

  beforeEach(() => {
    saved = { ...process.env };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-profiles-'));
    const script = path.join(dir, 'print-credentials.js');
    fs.writeFileSync(script, `console.log(JSON.stringify({ Version: 1, AccessKeyId: 'AKIAPROCESS', SecretAccessKey: 'process-secret' }))`);
    fs.writeFileSync(
      path.join(dir, 'config'),
      [
        '[default]',
        'region = eu-west-1',
        '[profile dev]',
        'region = ap-southeast-2',
        `credential_process = ${process.execPath} ${script}`,
        '[profile corp]',
        'sso_session = corp',
        'sso_account_id = 111122223333',
        'sso_role_name = Admin',
        '[sso-session corp]',
        'sso_start_url = https://example.awsapps.com/start',
        'sso_region = us-east-1',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, 'credentials'), ['[default]', 'aws_access_key_id = AKIADEFAULT', 'aws_secret_access_key = default-secret', '[keys]', 'aws_access_key_id = AKIAKEYS', 'aws_secret_access_key = keys-secret'].join('\n'));
    for (const name of ['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) delete process.env[name];
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
  });

  afterEach(() => {
    process.env = { ...saved };
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('lists the profiles of both files with their kind and region, not sso-sessions', async () => {
    assert.deepEqual(await listProfiles(), [
      { name: 'corp', region: undefined, kind: 'sso' },
      { name: 'default', region: 'eu-west-1', kind: 'keys' },
      { name: 'dev', region: 'ap-southeast-2', kind: 'process' },
      { name: 'keys', region: undefined, kind: 'keys' },
    ]);
  });

  it('reads static keys of a named profile', async () => {
    const credentials = await credentialsFor('keys')();
    assert.equal(credentials.accessKeyId, 'AKIAKEYS');
  });

  it('runs a credential_process profile', async () => {
    const credentials = await credentialsFor('dev')();
    assert.equal(credentials.accessKeyId, 'AKIAPROCESS');
  });

  it('prefers environment keys when no profile is chosen, as the AWS CLI', async () => {
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENV';
    process.env.AWS_SECRET_ACCESS_KEY = 'env-secret';
    assert.equal((await credentialsFor(undefined)()).accessKeyId, 'AKIAENV');
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    assert.equal((await credentialsFor(undefined)()).accessKeyId, 'AKIADEFAULT');
  });

  it('refuses a missing profile with a sentence naming it', async () => {
    await assert.rejects(createCognitoService({ profile: 'nope' }), (error: CognitoError) => {
      assert.equal(error.kind, 'missingProfile', 'not the generic no-credentials welcome');
      assert.equal(error.message, 'The AWS profile "nope" is not in your AWS config or credentials file; select another profile.');
      return true;
    });
  });

  it('resolves the region: setting, then profile, then AWS_REGION, then us-east-1', async () => {
    assert.equal(await resolveRegion({ region: 'eu-north-1', profile: 'dev' }), 'eu-north-1');
    assert.equal(await resolveRegion({ profile: 'dev' }), 'ap-southeast-2');
    assert.equal(await resolveRegion({}), 'eu-west-1', 'the default profile');
    process.env.AWS_PROFILE = 'dev';
    assert.equal(await resolveRegion({}), 'ap-southeast-2', 'AWS_PROFILE names the profile');
    process.env.AWS_REGION = 'ca-central-1';
    assert.equal(await resolveRegion({ profile: 'keys' }), 'ca-central-1', 'profile without region');
    delete process.env.AWS_REGION;
    assert.equal(await resolveRegion({ profile: 'keys' }), 'us-east-1');
  });
});
