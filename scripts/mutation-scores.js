#!/usr/bin/env node
// Prints the mutation score per folder of src/ from Stryker's JSON report (npm run test:mutation writes
// reports/mutation/mutation.json), as a Markdown table for docs/testing.md ("Scores"). A folder's row counts
// every file below it (commands/flows includes commands/flows/users), so each row answers "how well is this part tested".
//
// Score = Stryker's "mutation score": detected / valid = (killed + timeout) / (killed + timeout + survived +
// no coverage). Mutants that do not compile or crash on load (CompileError, RuntimeError) and ignored ones
// are not valid mutants and count nowhere.
//
//   node scripts/mutation-scores.js [--files] [--undetected[=src/views/]] [REPORT]
//     --files: one row per file too
//     --undetected: instead of the table, every survived or uncovered mutant (file:line, mutator, the
//       replacement) under the given path prefix, to read which behaviour no test pins down
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];

function emptyCounts() {
  return { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
}

function count(counts, status) {
  if (status === 'Killed') counts.killed++;
  else if (status === 'Timeout') counts.timeout++;
  else if (status === 'Survived') counts.survived++;
  else if (status === 'NoCoverage') counts.noCoverage++;
}

function score({ killed, timeout, survived, noCoverage }) {
  const valid = killed + timeout + survived + noCoverage;
  return valid === 0 ? undefined : (100 * (killed + timeout)) / valid;
}

/** Folders of a file relative to src/, from the outermost: src/a/b/c.ts → ['a', 'a/b']; a file in src/ itself → ['.']. */
function foldersOf(file) {
  const parts = path.relative('src', file).split(path.sep).slice(0, -1);
  if (parts.length === 0) return ['.'];
  return parts.map((_, i) => parts.slice(0, i + 1).join('/'));
}

function main() {
  const args = process.argv.slice(2);
  const withFiles = args.includes('--files');
  const undetected = args.find((arg) => arg === '--undetected' || arg.startsWith('--undetected='));
  const reportFile = args.find((arg) => !arg.startsWith('--')) ?? path.join(ROOT, 'reports/mutation/mutation.json');
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  if (undetected) {
    listUndetected(report, undetected.slice('--undetected='.length));
    return;
  }

  const rows = new Map(); // folder or file → counts
  const total = emptyCounts();
  const add = (key, status) => {
    if (!rows.has(key)) rows.set(key, emptyCounts());
    count(rows.get(key), status);
  };
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const relative = path.relative(ROOT, path.resolve(ROOT, file));
    for (const { status } of mutants) {
      if (![...DETECTED, ...UNDETECTED].includes(status)) continue;
      for (const folder of foldersOf(relative)) add(`${folder}/`, status);
      if (withFiles) add(path.relative('src', relative), status);
      count(total, status);
    }
  }

  const line = (name, counts) => {
    const value = score(counts);
    const shown = value === undefined ? 'n/a' : `${value.toFixed(1)} %`;
    return `| ${name} | ${shown} | ${counts.killed + counts.timeout} | ${counts.survived} | ${counts.noCoverage} |`;
  };
  console.log('| src/ | Score | Killed (incl. timeout) | Survived | No coverage |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const key of [...rows.keys()].sort()) console.log(line(key, rows.get(key)));
  console.log(line('**all**', total));
}

/** One line per survived or uncovered mutant of the files under `prefix` (all files when empty). */
function listUndetected(report, prefix) {
  for (const [file, { mutants }] of Object.entries(report.files).sort(([a], [b]) => a.localeCompare(b))) {
    const relative = path.relative(ROOT, path.resolve(ROOT, file));
    if (!relative.startsWith(prefix)) continue;
    const left = mutants.filter(({ status }) => UNDETECTED.includes(status));
    left.sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    for (const { status, mutatorName, replacement, location } of left) {
      const shown = (replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
      console.log(`${relative}:${location.start.line}:${location.start.column} ${status} ${mutatorName}: ${shown}`);
    }
  }
}

main();
