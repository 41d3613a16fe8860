import {
  closeSync,
  createReadStream,
  fdatasyncSync,
  ftruncateSync,
  openSync,
  writeSync,
} from "node:fs";
import { open, stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import type { JobHandle } from "@engage-orders/core";
import type { FieldDifference } from "./diffOrder.ts";
import type { FailureDetails } from "./failureDetails.ts";

/** The first line of a journal: which command, input and Engage it belongs to. */
export interface JournalHeader {
  /** Marks the file as a journal of this tool. */
  type: "engage-orders-journal";
  /** The journal format. */
  version: 1;
  /** The command that writes it. */
  command: "import" | "reconcile";
  /** The input as named on the command line (for messages only). */
  input: string;
  /** The SHA-256 of the input's bytes: the journal belongs to this content only. */
  inputSha256: string;
  /** Where the orders go: Engage's base URL, an emulator URL, or the embedded emulator. */
  target: string;
}

/** One order's state, as one appended line; the last line of an order wins. */
export type JournalEntry = { ordinal: number; orderId: string } & (
  | { state: "sending" }
  | { state: "sent"; handle: JobHandle; afterEarlierAttempt?: boolean }
  | { state: "completed"; versionTag?: string | undefined }
  | { state: "failed"; error: FailureDetails }
  | { state: "match" }
  | { state: "missing" }
  | { state: "differ"; differences: FieldDifference[] }
);

/** The journal belongs to another input, command or target; nothing was changed. */
export class ForeignJournalError extends Error {
  override name = "ForeignJournalError";
}

/** An open journal: append-only, each line written to the file before `append` returns. */
export interface Journal {
  /** The file. */
  readonly path: string;
  /** Each order's last recorded entry, by its position in the input (from an earlier run). */
  readonly previous: Map<number, JournalEntry>;
  /** Appends one entry; it is in the file (the kernel's) when this returns, so SIGKILL keeps it. */
  append(entry: JournalEntry): void;
  /** Forces everything appended onto the disk. */
  sync(): void;
  /** Syncs and closes the file. */
  close(): void;
}

const sameOwner = (a: JournalHeader, b: JournalHeader): boolean =>
  a.type === b.type &&
  a.version === b.version &&
  a.command === b.command &&
  a.inputSha256 === b.inputSha256 &&
  a.target === b.target;

/** Explains why a journal is not this run's, and how to start fresh. */
function foreign(path: string, found: JournalHeader, wanted: JournalHeader): ForeignJournalError {
  const reason =
    found.type !== wanted.type || found.version !== wanted.version
      ? "it is not a journal of this tool"
      : found.command !== wanted.command
        ? `it is the journal of \`${found.command}\`, not \`${wanted.command}\``
        : found.inputSha256 !== wanted.inputSha256
          ? `it records another input (${found.input}, whose content differs from ${wanted.input})`
          : `it records orders sent to ${found.target}, not ${wanted.target}`;
  return new ForeignJournalError(
    `refusing journal ${path}: ${reason}. To start fresh, pass --journal with a new file name, or move ${path} away (it records what was already sent).`,
  );
}

/** Syncs a file to disk; a journal on a device that cannot sync (`/dev/null`, a pipe) is left as written. */
function syncQuietly(fd: number): void {
  try {
    fdatasyncSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EINVAL") throw error;
  }
}

/** Tells whether a file ends with a newline (a journal cut off mid-line does not). */
async function lastByteIsNewline(path: string, size: number): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const last = Buffer.alloc(1);
    await handle.read(last, 0, 1, size - 1);
    return last[0] === 0x0a;
  } finally {
    await handle.close();
  }
}

/**
 * Opens a journal for appending: a new one gets `header` as its first line; an existing one
 * must carry the same header (same command, input content and target) or `ForeignJournalError`
 * is thrown. A last line cut off by a kill mid-write is dropped.
 */
export async function openJournal(
  path: string,
  header: JournalHeader,
  redact: (text: string) => string = (text) => text,
): Promise<Journal> {
  const previous = new Map<number, JournalEntry>();
  let existingBytes = 0;
  try {
    existingBytes = (await stat(path)).size;
  } catch {}
  let keepBytes = 0;
  if (existingBytes > 0) {
    // Streamed line by line: a resume reads a journal of any size with flat memory.
    const endsWithNewline = await lastByteIsNewline(path, existingBytes);
    let lineNumber = 0;
    let pendingBytes = 0;
    for await (const line of createInterface({ input: createReadStream(path) })) {
      lineNumber++;
      // The previous line is complete now that another follows it.
      keepBytes += pendingBytes;
      pendingBytes = Buffer.byteLength(line) + 1;
      if (lineNumber === 1) {
        let found: JournalHeader | undefined;
        try {
          found = JSON.parse(line) as JournalHeader;
        } catch {}
        if (!found || !sameOwner(found, header)) {
          throw foreign(path, found ?? ({} as JournalHeader), header);
        }
        continue;
      }
      if (!line) continue;
      let entry: JournalEntry;
      try {
        entry = JSON.parse(line) as JournalEntry;
      } catch {
        // Only a last line cut off mid-write may be broken; it is dropped below.
        pendingBytes = 0;
        break;
      }
      // A completed order needs nothing more than its state: resumes of big files stay small.
      previous.set(
        entry.ordinal,
        entry.state === "completed"
          ? { ordinal: entry.ordinal, orderId: entry.orderId, state: entry.state }
          : entry,
      );
    }
    if (endsWithNewline) keepBytes += pendingBytes;
  }
  const fd = openSync(path, existingBytes > 0 ? "r+" : "w");
  if (existingBytes > 0) ftruncateSync(fd, keepBytes);
  let position = keepBytes;
  const write = (line: string): void => {
    const bytes = Buffer.from(`${redact(line)}\n`);
    writeSync(fd, bytes, 0, bytes.length, position);
    position += bytes.length;
  };
  if (keepBytes === 0) write(JSON.stringify(header));
  let closed = false;
  // The kernel keeps every written line across SIGKILL; a sync now and then also covers a
  // machine that goes down.
  const timer = setInterval(() => syncQuietly(fd), 1000);
  timer.unref();
  return {
    path,
    previous,
    append: (entry) => write(JSON.stringify(entry)),
    sync: () => {
      if (!closed) syncQuietly(fd);
    },
    close: () => {
      if (closed) return;
      clearInterval(timer);
      syncQuietly(fd);
      closeSync(fd);
      closed = true;
    },
  };
}
