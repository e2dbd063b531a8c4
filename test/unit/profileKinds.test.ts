import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { listProfiles, profileExists, resolveRegion } from '../../src/aws/profiles';

// AWS profiles, the cases test/unit/profiles.test.ts leaves out: every kind the pick shows, sections that are
// not profiles, a profile added while the window is open, AWS_DEFAULT_REGION, and which profiles exist.

describe('AWS profiles of every kind', () => {
  // Taken before each test, not when the file loads (mutation testing names its emulator in the environment).
  let saved: NodeJS.ProcessEnv;
  let dir: string;
  let config: string;

  beforeEach(() => {
    saved = { ...process.env };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aws-profile-kinds-'));
    config = path.join(dir, 'config');
    fs.writeFileSync(
      config,
      [
        '[profile legacy-sso]',
        'sso_start_url = https://wallaby.awsapps.com/start',
        'sso_region = ap-southeast-2',
        'region = ap-southeast-4',
        '[profile assumed]',
        'role_arn = arn:aws:iam::444455556666:role/Keeper',
        'source_profile = plain',
        '[profile plain]',
        'output = json',
        '[services wallaby]',
        'cognito_identity_provider =',
        '  endpoint_url = http://127.0.0.1:9331',
        '[sso-session wallaby]',
        'sso_start_url = https://wallaby.awsapps.com/start',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(dir, 'credentials'), '');
    for (const name of ['AWS_PROFILE', 'AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']) delete process.env[name];
    process.env.AWS_CONFIG_FILE = config;
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
  });

  afterEach(() => {
    process.env = { ...saved };
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('tells SSO (legacy form too), role and plain profiles apart, and lists no services or sso-session section', async () => {
    assert.deepEqual(await listProfiles(), [
      { name: 'assumed', region: undefined, kind: 'role' },
      { name: 'legacy-sso', region: 'ap-southeast-4', kind: 'sso' },
      { name: 'plain', region: undefined, kind: 'other' },
    ]);
  });

  it('sees a profile added after the first read, without a reload', async () => {
    assert.equal(await profileExists('late'), false);
    fs.appendFileSync(config, '\n[profile late]\nregion = il-central-1\n');
    assert.equal(await profileExists('late'), true);
    assert.equal(await resolveRegion({ profile: 'late' }), 'il-central-1');
  });

  it('knows which profiles exist, whatever else is listed', async () => {
    assert.equal(await profileExists('assumed'), true);
    assert.equal(await profileExists('plain'), true);
    assert.equal(await profileExists('wallaby'), false, 'a services section is not a profile');
    assert.equal(await profileExists('sso-session wallaby'), false);
  });

  it('takes AWS_DEFAULT_REGION when neither the setting, the profile nor AWS_REGION names one', async () => {
    process.env.AWS_DEFAULT_REGION = 'mx-central-1';
    assert.equal(await resolveRegion({ profile: 'plain' }), 'mx-central-1');
    process.env.AWS_REGION = 'ca-west-1';
    assert.equal(await resolveRegion({ profile: 'plain' }), 'ca-west-1', 'AWS_REGION first, as the AWS CLI');
  });

  it('treats an unreadable config file as no profiles', async () => {
    fs.rmSync(config);
    fs.mkdirSync(config); // a folder where the file should be
    assert.equal(await profileExists('plain'), false);
    process.env.AWS_REGION = 'ap-east-2';
    assert.equal(await resolveRegion({ profile: 'plain' }), 'ap-east-2');
  });
});
