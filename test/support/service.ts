// Starts a long-running child process (cognito-local, code-server) so that it is always stopped:
// by stop(), and also when this Node process exits or gets SIGINT/SIGTERM with the service still up.
import { ChildProcess, spawn } from 'node:child_process';
import { waitForHttp } from './net';

const atExit = new Set<() => void>();
let hooksInstalled = false;

/**
 * Registers a synchronous cleanup for process exit and Ctrl-C; returns a function that unregisters it.
 * Cleanups run last-registered-first, like stop() calls: a service is killed before the temp folder it writes
 * into (registered earlier, when the folder was made) is deleted, so no late write re-creates part of it.
 */
export function onProcessExit(cleanup: () => void): () => void {
  if (!hooksInstalled) {
    hooksInstalled = true;
    const runAll = () => {
      for (const fn of [...atExit].reverse()) {
        try {
          fn();
        } catch {
          // best effort: keep cleaning up the rest
        }
      }
      atExit.clear();
    };
    process.on('exit', runAll);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(signal, () => {
        runAll();
        process.exit(signal === 'SIGINT' ? 130 : 143);
      });
    }
  }
  atExit.add(cleanup);
  return () => atExit.delete(cleanup);
}

export interface ServiceOptions {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Print the service's output as it comes; otherwise only its last lines are kept for error messages. */
  echo?: boolean;
}

export interface Service {
  child: ChildProcess;
  /** The last few KB of the service's stdout and stderr. */
  recentOutput(): string;
  /**
   * The first line of its output (stdout or stderr, colour codes removed) from now on that matches pattern,
   * e.g. the port a service started on port 0 reports: call it right after startService(), before any output
   * can arrive. Rejects when the service exits first or timeoutMs passes.
   */
  outputMatch(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Why the service is gone, or undefined while it runs. */
  exitReason(): string | undefined;
  /** Resolves with exitReason() once the service is gone, by itself or after stop(). */
  exited: Promise<string>;
  /** Stops the whole process group: SIGTERM, then SIGKILL after a grace period. Safe to call twice. */
  stop(): Promise<void>;
}

const KEEP_CHARS = 8000;
// eslint-disable-next-line no-control-regex
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;

export function startService(options: ServiceOptions): Service {
  // detached: the service leads its own process group, so its helpers (code-server spawns several) die with it.
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  let exitReason: string | undefined;
  const lineWatchers = new Set<(line: string) => void>();
  const keep = () => {
    let partial = ''; // per stream, so a line is never cut by the other stream's output
    return (chunk: Buffer) => {
      const text = chunk.toString();
      if (options.echo) process.stdout.write(text);
      tail = (tail + text).slice(-KEEP_CHARS);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) for (const watch of [...lineWatchers]) watch(line.replace(COLOUR_CODES, ''));
    };
  };
  child.stdout?.on('data', keep());
  child.stderr?.on('data', keep());
  const exited = new Promise<string>((resolve) => {
    child.on('error', (error) => {
      exitReason = `${options.name} could not start: ${error.message}`;
      resolve(exitReason);
    });
    child.on('exit', (code, signal) => {
      exitReason = `${options.name} exited (${signal ?? `code ${code}`})`;
      resolve(exitReason);
    });
  });

  const killGroup = (signal: NodeJS.Signals) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the whole group is already gone
    }
  };
  const unregister = onProcessExit(() => killGroup('SIGKILL'));

  const outputMatch = (pattern: RegExp, timeoutMs: number) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const done = () => {
        lineWatchers.delete(watch);
        clearTimeout(timer);
      };
      const watch = (line: string) => {
        const match = line.match(pattern);
        if (!match) return;
        done();
        resolve(match);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${options.name} printed no line matching ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs);
      lineWatchers.add(watch);
      void exited.then((reason) => {
        done();
        reject(new Error(`${reason} before printing a line matching ${pattern}`));
      });
    });

  return {
    child,
    recentOutput: () => tail,
    outputMatch,
    exitReason: () => exitReason,
    exited,
    async stop() {
      unregister();
      killGroup('SIGTERM');
      const grace = setTimeout(() => killGroup('SIGKILL'), 5000);
      await exited;
      clearTimeout(grace);
      killGroup('SIGKILL'); // helpers that outlived their leader

    },
  };
}

export interface ReadyOptions {
  /** For the error message, e.g. "cognito-local". */
  name: string;
  /** The port it was told to bind; 0 means it picks one and prints it in a line matching portPattern. */
  requestedPort: number;
  /** Captures the bound port from the startup line. */
  portPattern: RegExp;
  /** Path answered once it serves, e.g. "/health". */
  healthPath: string;
  timeoutMs: number;
  /** Stops the service and cleans up after it, when it never became ready. */
  stop: () => Promise<void>;
}

/** Waits until a just-started service listens and answers its health path; returns its port. On failure it is stopped. */
export async function waitUntilReady(service: Service, options: ReadyOptions): Promise<number> {
  const deadline = Date.now() + options.timeoutMs;
  // Only lines printed from now on are watched: call this right after startService, before any await.
  const reported = options.requestedPort === 0 ? service.outputMatch(options.portPattern, options.timeoutMs) : undefined;
  try {
    const port = reported ? Number((await reported)[1]) : options.requestedPort;
    await waitForHttp(`http://127.0.0.1:${port}${options.healthPath}`, { timeoutMs: Math.max(0, deadline - Date.now()), giveUp: service.exitReason });
    return port;
  } catch (error) {
    await options.stop();
    throw new Error(`${options.name} did not start: ${(error as Error).message}\n--- its output ---\n${service.recentOutput()}`);
  }
}
