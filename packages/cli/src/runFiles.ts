import { closeSync, openSync, writeSync } from "node:fs";

/** An NDJSON file written line by line, created (emptied) at its first line only. */
export interface LineFile {
  /** The path. */
  readonly path: string;
  /** How many lines this run wrote. */
  readonly count: number;
  /** Writes one value as a line; it is in the file when this returns. */
  write(value: unknown): void;
  /** Closes the file, if it was opened. */
  close(): void;
}

/** Opens an NDJSON output lazily: a run with nothing to report leaves no empty file behind. */
export function lazyLineFile(path: string, redact: (text: string) => string): LineFile {
  let fd: number | undefined;
  let count = 0;
  return {
    path,
    get count() {
      return count;
    },
    write(value) {
      fd ??= openSync(path, "w");
      writeSync(fd, `${redact(JSON.stringify(value))}\n`);
      count++;
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
