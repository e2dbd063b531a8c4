// The bench's view of the first view open (test/bench/firstPoolsProbe.ts): told the moment each phase the
// extension itself can see ends, so the bench can break "view opened → pools shown" down where it happens.
// Only a test run can set one (CognitoExtensionApi.timePhasesForBench); in normal use there is none, and
// nothing is timed, kept or logged.

export type FirstPoolsPhase = 'core.js loaded' | 'core started' | 'aws.js loaded';

/** `detail` says how aws.js loaded: 'code cache' (V8 took the saved cache) or 'compiled' (no usable cache). */
export type PhaseMark = (phase: FirstPoolsPhase, detail?: string) => void;
