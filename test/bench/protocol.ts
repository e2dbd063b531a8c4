// Messages between the bench (main.ts) and a plain-Node scenario process (nodeScenario.ts).

export interface Phase {
  name: string;
  ms: number;
  /** Requests the Cognito double received during the phase. */
  calls: number;
  operations: string[];
  /** heapUsed after gc, after the phase minus before it, in bytes; for the phases that measure it. */
  heapGrowth?: number;
}

export interface ScenarioResult {
  scenario: 'big' | 'small';
  phases: Phase[];
  /** What the tree showed: pools, users on the first page, … */
  shown: Record<string, number>;
  nodeVersion: string;
}

export type FromScenario = { type: 'calls' } | { type: 'result'; result: ScenarioResult } | { type: 'error'; message: string };

/** The answer to `calls`: the operation of every request the double has recorded, in order. */
export interface ToScenario {
  type: 'calls';
  operations: string[];
}
