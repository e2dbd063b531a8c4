import * as fs from 'node:fs';

// The small file beside an unfinished export that lets it continue in another session: which export it is
// (connection, pool, format, groups, search, CSV columns), the plan's parts (after any split), the parts
// whose rows are all in the partial file, and that file's length once they were. Page tokens are not kept:
// AWS does not say how long a ListUsers token lives or whether another session may use it, so a part that
// had not finished is listed again from its start and its rows so far (never in the partial file, see
// partitionedListing.ts) are dropped. No user is lost or written twice; what a resume repeats is at most
// the parts that were in flight.
// Written to a temporary file and renamed over the old one, so a session cut off mid-write leaves the
// previous state, never half of one.

export interface ExportIdentity {
  connectionId: string;
  poolId: string;
  format: string;
  withGroups: boolean;
  /** The search's ListUsers filter, or null for the whole pool. */
  filter: string | null;
}

export interface ExportState extends ExportIdentity {
  version: 1;
  /** The CSV's columns (a schema changed since gives another header: the export starts again); [] for JSON Lines. */
  columns: string[];
  /** Every part of the plan, splits included, in listing order. */
  parts: string[];
  /** The prefixes' length when planned, and the users expected in such a part (for the split rule). */
  plannedLength: number;
  usersPerPart: number;
  done: string[];
  /** Bytes of the partial file that hold the header and the done parts; anything after is cut off. */
  bytes: number;
  /** Users in those bytes, and how many of their CSV values start like formulas or cannot be carried exactly. */
  written: number;
  formulaValues: number;
  inexactUsers: number;
}

/** Where an export to `output` writes until it is whole: the chosen path only ever holds a whole export. */
export function partialPathOf(output: string): string {
  return `${output}.partial`;
}

export function statePathOf(output: string): string {
  return `${output}.export-state.json`;
}

/** The unfinished export to `output`, if there is one of this identity whose partial file is still there. */
export function resumableState(output: string, identity: ExportIdentity): ExportState | undefined {
  const state = readState(output);
  if (!state || !sameExport(state, identity)) return undefined;
  const partial = fs.statSync(partialPathOf(output), { throwIfNoEntry: false });
  return partial && partial.size >= state.bytes ? state : undefined;
}

export function readState(output: string): ExportState | undefined {
  try {
    const state = JSON.parse(fs.readFileSync(statePathOf(output), 'utf8')) as ExportState;
    return state.version === 1 && Array.isArray(state.parts) && Array.isArray(state.done) && Number.isInteger(state.bytes) ? state : undefined;
  } catch {
    return undefined;
  }
}

export function writeState(output: string, state: ExportState): void {
  const file = statePathOf(output);
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(state));
  fs.renameSync(`${file}.tmp`, file);
}

/** Removes the state only (an export in one stream keeps none; an earlier run's would mislead). */
export function forgetState(output: string): void {
  fs.rmSync(statePathOf(output), { force: true });
  fs.rmSync(`${statePathOf(output)}.tmp`, { force: true });
}

/** Removes the state and the partial file (an export finished, abandoned or started again). */
export function forgetExport(output: string): void {
  forgetState(output);
  fs.rmSync(partialPathOf(output), { force: true });
}

function sameExport(a: ExportIdentity, b: ExportIdentity): boolean {
  return (
    a.connectionId === b.connectionId &&
    a.poolId === b.poolId &&
    a.format === b.format &&
    a.withGroups === b.withGroups &&
    a.filter === b.filter
  );
}
