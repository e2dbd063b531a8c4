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
  /** Bytes in the file once every write so far is done. */
  bytes: number;

  private constructor(
    private readonly out: fs.WriteStream,
    readonly path: string,
    private readonly shownAs: string,
    startBytes: number,
  ) {
    this.bytes = startBytes;
    // Kept for the next write: an error between writes would otherwise be an uncaught error event.
    out.on('error', (error) => (this.failure ??= error));
  }

  /**
   * Opens (creates or truncates) the file, or throws its one-sentence problem; nothing is left behind then.
   * With `appendAt`, keeps the file's first appendAt bytes (a resumed export) and writes after them.
   * `shownAs` is the path its sentences name (the chosen file, when this is the partial file beside it).
   */
  static async open(path: string, options: { appendAt?: number; shownAs?: string } = {}): Promise<FileWriter> {
    const { appendAt, shownAs = path } = options;
    let out: fs.WriteStream | undefined;
    try {
      if (appendAt !== undefined) fs.truncateSync(path, appendAt);
      out = fs.createWriteStream(path, { encoding: 'utf8', flags: appendAt === undefined ? 'w' : 'a' });
      await once(out, 'open');
    } catch (error) {
      out?.destroy();
      throw fileProblem(error, shownAs, 'write');
    }
    return new FileWriter(out, path, shownAs, appendAt ?? 0);
  }

  async write(text: string): Promise<void> {
    this.check();
    this.bytes += Buffer.byteLength(text);
    try {
      if (!this.out.write(text)) await once(this.out, 'drain');
    } catch (error) {
      throw fileProblem(error, this.shownAs, 'write');
    }
  }

  /** Waits until every write so far has reached the file (handed to the system), or throws its problem. */
  async flush(): Promise<void> {
    this.check();
    await new Promise<void>((resolve) => this.out.write('', () => resolve()));
    this.check();
  }

  /** Flushes and closes the file; throws its problem when the last of it could not be written. */
  async close(): Promise<void> {
    this.check();
    this.out.end();
    try {
      await finished(this.out);
    } catch (error) {
      throw fileProblem(this.failure ?? error, this.shownAs, 'write');
    }
  }

  /** Closes the file, whatever state it is in, and removes it. */
  async discard(): Promise<void> {
    await this.abandon();
    fs.rmSync(this.path, { force: true });
  }

  /** Closes the file, whatever state it is in, and leaves it as it is (a resumable export's partial file). */
  async abandon(): Promise<void> {
    this.out.destroy();
    await finished(this.out).catch(() => undefined);
  }

  private check(): void {
    if (this.failure !== undefined) throw fileProblem(this.failure, this.shownAs, 'write');
  }
}
