// Runs one test level and writes its counts as JSON to a file; scripts/test-all.js starts one of these per
// level, so a crashing level cannot take the others down and a missing file means "crashed".
//   node out/test/runners/level.js unit|integration|vscode|ui --result FILE [--grep PATTERN]
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startCognitoLocal } from '../support/cognitoLocal';
import * as fixture from '../support/emulatorFixture';
import { isolateAwsEnvironment } from './awsIsolation';
import { TestCounts } from './protocol';
import { runMocha } from './mocha';
import { repoRoot } from './paths';
import { findTestFiles } from './testFiles';

const OUT_TEST = path.resolve(__dirname, '..'); // out/test

async function unit(grep?: string): Promise<TestCounts> {
  return runMocha({ files: findTestFiles(path.join(OUT_TEST, 'unit')), grep });
}

// Tests that talk to a server over HTTP: the extension against cognito-local and the double, and the double's
// own tests (test/double/tests/), which need no emulator but run here, beside the tests that rely on the double.
async function integration(grep?: string): Promise<TestCounts> {
  const files = [...findTestFiles(path.join(OUT_TEST, 'integration')), ...findTestFiles(path.join(OUT_TEST, 'double'))];
  if (files.length === 0) return { passed: 0, failed: 0 }; // no emulator for nothing
  await fixture.mochaGlobalSetup();
  try {
    return await runMocha({ files, grep, timeout: 10_000 });
  } finally {
    await fixture.mochaGlobalTeardown();
  }
}

async function vscodeLevel(grep?: string): Promise<TestCounts> {
  const emulator = await startCognitoLocal();
  // A second emulator for the tests of two connections side by side (cognito.connections).
  const second = await startCognitoLocal().catch(async (error: unknown) => {
    await emulator.stop();
    throw error;
  });
  try {
    const options = {
      extensionPath: repoRoot(),
      testsPath: path.join(OUT_TEST, 'vscode', 'index.js'),
      // The extension host inherits these; later tests use them to talk to the emulator.
      env: {
        COGNITO_LOCAL_ENDPOINT: emulator.endpoint,
        COGNITO_LOCAL_ENDPOINT_2: second.endpoint,
        ...(grep ? { VSCODE_TEST_GREP: grep } : {}),
      },
      settings: { 'cognito.endpoint': emulator.endpoint },
    };
    const runSuite = process.env.VSCODE_TEST_RUNNER === 'electron' ? (await import('./electron')).runVsCodeSuiteInElectron : (await import('./codeServer')).runVsCodeSuite;
    const trusted = await runSuite(options);
    // A second window on a folder the person has not trusted, whose own settings point at the second emulator.
    const untrusted = fs.mkdtempSync(path.join(os.tmpdir(), 'untrusted-workspace-'));
    try {
      fs.mkdirSync(path.join(untrusted, '.vscode'));
      const fromWorkspace = {
        'cognito.endpoint': second.endpoint,
        'cognito.connections': [{ label: 'from the workspace', endpoint: second.endpoint, region: 'us-east-1' }],
        // What a cloned repository could use to point the view at a production profile, or to unpace bulk work.
        'cognito.profile': 'production-from-the-workspace',
        'cognito.region': 'ap-northeast-3',
        'cognito.maxRequestsPerSecond': 100000,
      };
      fs.writeFileSync(path.join(untrusted, '.vscode', 'settings.json'), JSON.stringify(fromWorkspace, null, 2));
      const restricted = await runSuite({ ...options, testsPath: path.join(OUT_TEST, 'vscode', 'untrustedWorkspace', 'index.js'), workspace: untrusted, untrustedWorkspace: true });
      return { passed: trusted.passed + restricted.passed, failed: trusted.failed + restricted.failed };
    } finally {
      fs.rmSync(untrusted, { recursive: true, force: true });
    }
  } finally {
    await Promise.all([emulator.stop(), second.stop()]);
  }
}

// Browser UI tests: Chromium drives code-server's workbench. Each file starts what it needs (cognito-local,
// code-server, the browser) in its own before() hook and stops it in after().
async function ui(grep?: string): Promise<TestCounts> {
  return runMocha({ files: findTestFiles(path.join(OUT_TEST, 'ui')), grep, timeout: 60_000 });
}

const LEVELS: Record<string, (grep?: string) => Promise<TestCounts>> = { unit, integration, vscode: vscodeLevel, ui };

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  isolateAwsEnvironment();
  const level = LEVELS[args[0]];
  const resultFile = option('--result');
  if (!level || !resultFile) throw new Error(`usage: level.js ${Object.keys(LEVELS).join('|')} --result FILE [--grep PATTERN]`);
  const counts = await level(option('--grep'));
  fs.writeFileSync(resultFile, JSON.stringify(counts));
}

main().then(
  // Exit now: a test's leftover handle (timer, socket) must not keep the level hanging.
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
