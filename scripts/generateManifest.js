// Writes package.json's contributes.commands and contributes.menus from the command declarations (each
// folder's src/commands/**/commands.ts, listed in src/commands/allCommands.ts). esbuild.js runs it before
// every build (npm run build, build:dev, watch, test-all; not under CI, see below), so the checked-in
// package.json follows the declarations; test/unit/manifest.test.ts names any difference. Everything else in package.json is
// written by hand and kept as it is.
//
//   node scripts/generateManifest.js    regenerate without building
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const MANIFEST = path.join(ROOT, 'package.json');

/** The declarations and the function that turns them into contributions, bundled for plain Node: the
 *  declarations import their flows, which never import `vscode`, so this fails loudly if one does. */
async function loadDeclarations() {
  const result = await esbuild.build({
    stdin: {
      contents: "export { COMMANDS } from './src/commands/allCommands'; export { manifestOf } from './src/commands/manifest';",
      resolveDir: ROOT,
      sourcefile: 'generate-manifest.ts',
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const filename = path.join(ROOT, 'generate-manifest.js');
  const loaded = new Module(filename);
  loaded.filename = filename;
  loaded.paths = Module._nodeModulePaths(ROOT);
  loaded._compile(result.outputFiles[0].text, filename);
  return loaded.exports;
}

/** The manifest as text with the generated commands and menus in place of the old ones. */
async function generatedManifest() {
  const { COMMANDS, manifestOf } = await loadDeclarations();
  const { commands, menus } = manifestOf(COMMANDS);
  const manifest = JSON.parse(fs.readFileSync(MANIFEST, 'utf8'));
  manifest.contributes.commands = commands;
  manifest.contributes.menus = menus;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Rewrites package.json when the declarations changed it; returns whether it did. Under CI (CI=true, as
 * .ci/run sets) the build leaves the checked-in file alone, so test/unit/manifest.test.ts can name what a
 * commit forgot to regenerate; running this script itself always writes.
 */
async function generateManifest({ evenUnderCi = false } = {}) {
  const text = await generatedManifest();
  if (fs.readFileSync(MANIFEST, 'utf8') === text) return false;
  if (process.env.CI && !evenUnderCi) {
    console.warn('package.json differs from the command declarations; left as committed under CI (test/unit/manifest.test.ts names the difference)');
    return false;
  }
  fs.writeFileSync(MANIFEST, text);
  console.log('package.json: commands and menus written from the command declarations');
  return true;
}

if (require.main === module) {
  generateManifest({ evenUnderCi: true }).catch((error) => {
    console.error(`generateManifest: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { generateManifest };
