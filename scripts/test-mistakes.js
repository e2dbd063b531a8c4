#!/usr/bin/env node
// Deliberate mistakes: applies each mistake of test/mistakes/mistakes.json to its file under src/, one at a
// time, runs the tests the list names for it and reports whether some test failed (caught), none did
// (survived), or the mistake does not compile (broken: a listed mistake must be code a person could commit).
// Exits non-zero when a mistake survived or broke, when an entry's `find` text no longer occurs exactly once,
// or when the named tests already fail without any mistake. docs/testing.md explains the classes and how to
// add a mistake.
//
//   node scripts/test-mistakes.js [--only ID[,ID…]] [--verbose]
//
// Speed: everything is built once (esbuild and tsc, as scripts/test-all.js does). Per mistake only the
// changed file is type-checked and emitted again, through TypeScript's language service (the same compiler
// options and output as tsc), into out/; an entry with "bundle": true also rebuilds dist/ with esbuild.
// The tests run as scripts/test-all.js runs them: out/test/runners/level.js LEVEL --grep PATTERN.
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const LIST = path.join(ROOT, 'test/mistakes/mistakes.json');
// While a mistake is applied its file's original text is kept here too, so a run killed outright (no
// finally, no signal handler) is undone by the next run before it starts.
const PENDING = path.join(ROOT, 'out', 'mistake-in-progress.json');
const LEVELS = ['unit', 'integration'];
const CLASSES = [
  'dropped member',
  'neighbouring variable',
  'missing await',
  'value equal to default',
  'skipped state update',
  'swapped arguments',
  'inverted condition',
  'dropped condition',
  'truthiness check',
  'off by one',
  'wrong encoding',
];

function parseArgs(argv) {
  let only;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--only') only = new Set(argv[++i].split(','));
    else if (argv[i].startsWith('--only=')) only = new Set(argv[i].slice('--only='.length).split(','));
    else if (argv[i] === '--verbose') verbose = true;
    else throw new Error(`unknown argument ${argv[i]}; use --only ID[,ID…] and --verbose`);
  }
  return { only, verbose };
}

function occurrences(text, find) {
  let count = 0;
  for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) count++;
  return count;
}

/** The list, checked: every problem is reported at once, so a moved piece of code is fixed in one go. */
function readList(only) {
  const list = JSON.parse(fs.readFileSync(LIST, 'utf8'));
  const problems = [];
  const ids = new Set();
  for (const [index, m] of list.entries()) {
    const where = `mistake ${index + 1}${m.id ? ` (${m.id})` : ''}`;
    for (const key of ['id', 'class', 'mistake', 'file', 'find']) {
      if (typeof m[key] !== 'string' || m[key] === '') problems.push(`${where}: "${key}" must be non-empty text.`);
    }
    if (typeof m.replace !== 'string') problems.push(`${where}: "replace" must be text ("" deletes the found text).`);
    if (ids.has(m.id)) problems.push(`${where}: the id is used twice.`);
    ids.add(m.id);
    if (m.class && !CLASSES.includes(m.class)) problems.push(`${where}: class "${m.class}" is not one of: ${CLASSES.join(', ')} (add a new class to CLASSES and docs/testing.md).`);
    if (!Array.isArray(m.tests) || m.tests.length === 0) problems.push(`${where}: "tests" must list at least one { "level", "grep" }.`);
    for (const t of m.tests ?? []) {
      if (!LEVELS.includes(t.level)) problems.push(`${where}: level "${t.level}" is not one of ${LEVELS.join(', ')}.`);
      if (typeof t.grep !== 'string' || t.grep === '') problems.push(`${where}: every test needs a "grep" pattern, so the run stays short.`);
    }
    if (m.find === m.replace) problems.push(`${where}: "replace" equals "find".`);
    if (typeof m.file !== 'string' || !m.file.startsWith('src/')) problems.push(`${where}: "file" must be a file under src/.`);
    else if (!fs.existsSync(path.join(ROOT, m.file))) problems.push(`${where}: ${m.file} does not exist.`);
    else if (typeof m.find === 'string') {
      const count = occurrences(fs.readFileSync(path.join(ROOT, m.file), 'utf8'), m.find);
      if (count !== 1) problems.push(`${where}: its "find" text occurs ${count} times in ${m.file}, not once; update the entry to the code as it is now.`);
    }
  }
  if (only) for (const id of only) if (!ids.has(id)) problems.push(`--only names ${id}, which is not on the list.`);
  if (problems.length) throw new Error(`test/mistakes/mistakes.json:\n  ${problems.join('\n  ')}`);
  return only ? list.filter((m) => only.has(m.id)) : list;
}

let current; // the child running now, so Ctrl-C reaches it
let interrupted = false;
let restore; // undoes the mistake applied now

function run(command, args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    let output = '';
    current = spawn(command, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    if (quiet) {
      current.stdout.on('data', (d) => (output += d));
      current.stderr.on('data', (d) => (output += d));
    }
    current.on('error', (error) => resolve({ code: 1, output: `${command}: ${error.message}` }));
    current.on('exit', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  }).finally(() => (current = undefined));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    if (current) current.kill(signal);
    // Undo now as well: the finally below may never run if a second Ctrl-C ends the process.
    if (restore) restore();
    process.exitCode = 130;
  });
}

async function build() {
  console.log('building (esbuild and tsc, as scripts/test-all.js does)…');
  fs.rmSync(path.join(ROOT, 'out'), { recursive: true, force: true });
  if ((await run(process.execPath, ['esbuild.js'], { quiet: true })).code !== 0) throw new Error('build failed (node esbuild.js)');
  const tsc = require.resolve('typescript/bin/tsc', { paths: [ROOT] });
  const compiled = await run(process.execPath, [tsc, '-p', 'tsconfig.test.json'], { quiet: true });
  if (compiled.code !== 0) throw new Error(`compiling failed (tsc -p tsconfig.test.json); fix the code first:\n${compiled.output}`);
}

/** Type-checks and emits one changed file with the project's own compiler options, without a whole tsc run. */
function createCompiler() {
  const ts = require(require.resolve('typescript', { paths: [ROOT] }));
  const configPath = path.join(ROOT, 'tsconfig.test.json');
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  const overrides = new Map(); // absolute file name → text in memory
  const versions = new Map();
  const host = {
    getScriptFileNames: () => config.fileNames,
    getScriptVersion: (file) => String(versions.get(file) ?? 0),
    getScriptSnapshot: (file) => {
      const text = overrides.has(file) ? overrides.get(file) : ts.sys.readFile(file);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => ROOT,
    getCompilationSettings: () => config.options,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: (file) => (overrides.has(file) ? overrides.get(file) : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host, ts.createDocumentRegistry());
  const setText = (file, text) => {
    if (text === undefined) overrides.delete(file);
    else overrides.set(file, text);
    versions.set(file, (versions.get(file) ?? 0) + 1);
  };
  return {
    /** The file's compile errors as text (empty when it compiles). */
    errors(file, text) {
      setText(file, text);
      // The webview's page (src/webview/) is left out of tsconfig.test.json (it has the DOM lib of its own
      // tsconfig); only what a test imports of it (times.ts) is here. A mistake elsewhere in it needs the ui level.
      if (!service.getProgram()?.getSourceFile(file)) return ['not compiled by tsconfig.test.json (no unit or integration test loads it)'];
      const diagnostics = [...service.getSyntacticDiagnostics(file), ...service.getSemanticDiagnostics(file)].filter((d) => d.category === ts.DiagnosticCategory.Error);
      return diagnostics.map((d) => {
        const { line } = d.file ? d.file.getLineAndCharacterOfPosition(d.start ?? 0) : { line: -1 };
        return `line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
      });
    },
    /** Writes the file's compiled output (as tsc would) and returns what it replaced, to put back later. */
    emit(file) {
      const replaced = [];
      for (const out of service.getEmitOutput(file).outputFiles) {
        replaced.push({ name: out.name, text: fs.existsSync(out.name) ? fs.readFileSync(out.name, 'utf8') : undefined });
        fs.writeFileSync(out.name, out.text);
      }
      return replaced;
    },
    reset(file) {
      setText(file, undefined);
    },
  };
}

/** Runs one level with a grep; the counts, and the first failing test's title when one failed. */
async function runTests({ level, grep }, verbose) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'test-mistakes-'));
  const resultFile = path.join(tmp, 'result.json');
  try {
    const { code, output } = await run(process.execPath, [path.join(ROOT, 'out/test/runners/level.js'), level, '--result', resultFile, '--grep', grep], { quiet: true });
    if (verbose) process.stdout.write(output);
    if (!fs.existsSync(resultFile)) return { passed: 0, failed: 1, first: `the ${level} level crashed (exit code ${code})`, output };
    const counts = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
    // After "N failing", mocha's spec reporter names each failure: "  1) suite", nested titles, "test:".
    const match = /\n\s*\d+ failing\s*\n\s*1\) ([\s\S]*?):\n/.exec(output);
    const first = match?.[1].split('\n').map((part) => part.trim()).join(' › ');
    return { ...counts, first, output };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function undoPending() {
  if (!fs.existsSync(PENDING)) return;
  const { file, text } = JSON.parse(fs.readFileSync(PENDING, 'utf8'));
  fs.writeFileSync(path.join(ROOT, file), text);
  fs.rmSync(PENDING);
  console.log(`undid a mistake an earlier, interrupted run left in ${file}`);
}

async function tryMistake(mistake, compiler, verbose) {
  const file = path.join(ROOT, mistake.file);
  const original = fs.readFileSync(file, 'utf8');
  const changed = original.replace(mistake.find, () => mistake.replace);
  const errors = compiler.errors(file, changed);
  if (errors.length) {
    compiler.reset(file);
    return { outcome: 'broken', detail: errors[0] };
  }
  let replaced = [];
  let undone = false;
  restore = () => {
    if (undone) return;
    undone = true;
    fs.writeFileSync(file, original);
    for (const { name, text } of replaced) {
      if (text === undefined) fs.rmSync(name, { force: true });
      else fs.writeFileSync(name, text);
    }
    fs.rmSync(PENDING, { force: true });
  };
  try {
    fs.writeFileSync(PENDING, JSON.stringify({ file: mistake.file, text: original }));
    fs.writeFileSync(file, changed);
    replaced = compiler.emit(file);
    if (mistake.bundle && (await run(process.execPath, ['esbuild.js'], { quiet: true })).code !== 0) return { outcome: 'broken', detail: 'esbuild failed' };
    for (const test of mistake.tests) {
      if (interrupted) return { outcome: 'interrupted' };
      const result = await runTests(test, verbose);
      if (interrupted) return { outcome: 'interrupted' }; // a level stopped by Ctrl-C proves nothing
      if (result.failed > 0) return { outcome: 'caught', detail: `${test.level}: ${result.first ?? `${result.failed} failed`}` };
      if (result.passed === 0) return { outcome: 'survived', detail: `${test.level}: no test matches --grep ${JSON.stringify(test.grep)}` };
    }
    return { outcome: 'survived', detail: mistake.tests.map((t) => `${t.level} --grep ${JSON.stringify(t.grep)}`).join('; ') + ' all passed' };
  } finally {
    restore();
    restore = undefined;
    compiler.reset(file);
    if (mistake.bundle) await run(process.execPath, ['esbuild.js'], { quiet: true });
  }
}

async function main() {
  const { only, verbose } = parseArgs(process.argv.slice(2));
  undoPending();
  const list = readList(only);
  const started = Date.now();
  await build();
  const compiler = createCompiler();

  // Without any mistake, the named tests must pass; else "caught" would mean nothing. One run per level with
  // every pattern of that level (a selection that matches no test shows later, as "survived").
  const unclean = [];
  for (const level of LEVELS) {
    const patterns = [...new Set(list.flatMap((m) => m.tests).filter((t) => t.level === level).map((t) => t.grep))];
    if (patterns.length === 0 || interrupted) continue;
    console.log(`checking that the ${level} tests of ${patterns.length} selections pass without any mistake…`);
    const result = await runTests({ level, grep: patterns.map((p) => `(?:${p})`).join('|') }, verbose);
    if (result.failed > 0 || result.passed === 0) unclean.push(`${level}: ${result.passed} passed, ${result.failed} failed${result.first ? ` (${result.first})` : ''}`);
  }
  if (interrupted) return;
  if (unclean.length) throw new Error(`the listed tests do not pass without a mistake:\n  ${unclean.join('\n  ')}`);
  const uncompiled = [...new Set(list.map((m) => m.file))].flatMap((file) => compiler.errors(path.join(ROOT, file), undefined).map((e) => `${file} ${e}`));
  if (uncompiled.length) throw new Error(`src does not compile as it is:\n  ${uncompiled.join('\n  ')}`);

  const results = [];
  for (const [index, mistake] of list.entries()) {
    if (interrupted) break;
    const at = Date.now();
    const result = await tryMistake(mistake, compiler, verbose);
    if (result.outcome === 'interrupted') break;
    results.push({ mistake, ...result, seconds: (Date.now() - at) / 1000 });
    console.log(`[${index + 1}/${list.length}] ${result.outcome.padEnd(8)} ${mistake.id} (${((Date.now() - at) / 1000).toFixed(1)} s): ${result.detail ?? ''}`);
  }

  const width = Math.max(...results.map((r) => r.mistake.id.length), 2);
  console.log(`\n${'outcome'.padEnd(9)}${'id'.padEnd(width + 2)}${'class'.padEnd(24)}caught by / why`);
  for (const r of results) console.log(`${r.outcome.padEnd(9)}${r.mistake.id.padEnd(width + 2)}${r.mistake.class.padEnd(24)}${r.detail ?? ''}`);
  const count = (outcome) => results.filter((r) => r.outcome === outcome).length;
  const broken = count('broken');
  console.log(`\n${count('caught')} caught, ${count('survived')} survived${broken ? `, ${broken} broken (do not compile)` : ''} of ${list.length}${interrupted ? ', interrupted' : ''}, in ${Math.round((Date.now() - started) / 1000)} s`);
  if (interrupted || results.length < list.length || count('caught') !== list.length) process.exitCode = process.exitCode || 1;
}

main().catch((error) => {
  if (restore) restore();
  console.error(`test-mistakes: ${error.message}`);
  process.exitCode = 1;
});
