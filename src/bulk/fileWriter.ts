import { once } from 'node:events';
import * as fs from 'node:fs';
import { finished } from 'node:stream/promises';
import { fileProblem } from './fileProblems';

// A text file written as a Node stream (Export Users writes page by page, so memory stays flat; vscode's
// workspace.fs writes only whole files), whose every failure — the file cannot be opened (a folder, no
// permission, locked by a spreadsheet), the disk fills up — ends the work with one sentence instead of an
// error event nobody listens to. Opened before any work starts, so a file that cannot be written costs no
// listing; discard() removes what was written.

export class FileWriter {
  private failure: unknown;

  private constructor(
    private readonly out: fs.WriteStream,
    readonly path: string,
  ) {
    // Kept for the next write: an error between writes would otherwise be an uncaught error event.
    out.on('error', (error) => (this.failure ??= error));
  }

  /** Opens (creates or truncates) the file, or throws its one-sentence problem; nothing is left behind then. */
  static async open(path: string): Promise<FileWriter> {
    const out = fs.createWriteStream(path, { encoding: 'utf8' });
    try {
      await once(out, 'open');
    } catch (error) {
      throw fileProblem(error, path, 'write');
    }
    return new FileWriter(out, path);
  }

  async write(text: string): Promise<void> {
    this.check();
    try {
      if (!this.out.write(text)) await once(this.out, 'drain');
    } catch (error) {
      throw fileProblem(error, this.path, 'write');
    }
  }

  /** Flushes and closes the file; throws its problem when the last of it could not be written. */
  async close(): Promise<void> {
    this.check();
    this.out.end();
    try {
      await finished(this.out);
    } catch (error) {
      throw fileProblem(this.failure ?? error, this.path, 'write');
    }
  }

  /** Closes the file, whatever state it is in, and removes it. */
  async discard(): Promise<void> {
    this.out.destroy();
    await finished(this.out).catch(() => undefined);
    fs.rmSync(this.path, { force: true });
  }

  private check(): void {
    if (this.failure !== undefined) throw fileProblem(this.failure, this.path, 'write');
  }
}
