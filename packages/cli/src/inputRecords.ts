import { createHash } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ArrayStructureError, jsonArrayElements } from "./jsonArrayElements.ts";

/** A problem with the input as a whole (unreadable, not JSON at all); the message says which. */
export class InputError extends Error {
  override name = "InputError";
}

/** An opened input: a regular file (stdin is spooled into one first, so it can be read twice). */
export interface InputSource {
  /** The file to read. */
  path: string;
  /** How the input is named in messages: the path given, or `stdin`. */
  label: string;
  /** NDJSON (one order per line) or one JSON array. */
  format: "ndjson" | "json-array";
  /** Whether the file ends with a newline; a last NDJSON line without one may be cut off. */
  endsWithNewline: boolean;
  /** The size in bytes. */
  sizeBytes: number;
}

/** One order of the input, parsed, or the reason it is not JSON. */
export interface InputRecord {
  /** Its position among the input's orders, from 0 (blank lines do not count). */
  ordinal: number;
  /** Where it is, for messages: `line 12`, or `index 3 (line 40)` in a JSON array. */
  where: string;
  /** The line it starts on, from 1. */
  line: number;
  /** The parsed JSON, when it parsed. */
  value?: unknown;
  /** Why it is not an order's JSON. */
  parseError?: string;
}

/** Explains a file system error in words a person at a terminal can act on. */
function unreadable(label: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : code === "EISDIR"
          ? "it is a directory"
          : (error as Error).message;
  return new InputError(`cannot read ${label}: ${reason}`);
}

/**
 * Opens the input named on the command line; `-` spools standard input into a file in
 * `spoolDir` first (streamed, so memory stays flat), because orders are read twice: once to
 * validate them all, once to send.
 */
export async function openInput(
  file: string,
  spoolDir: string,
  stdin: Readable = process.stdin,
): Promise<InputSource> {
  let path = file;
  let label = file;
  if (file === "-") {
    label = "stdin";
    path = join(spoolDir, `engage-orders-stdin-${process.pid}-${Date.now()}.json`);
    await pipeline(stdin, createWriteStream(path));
  }
  let sizeBytes: number;
  let head: Buffer;
  let tail: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
    sizeBytes = info.size;
    const handle = await open(path, "r");
    try {
      head = Buffer.alloc(Math.min(4096, sizeBytes));
      await handle.read(head, 0, head.length, 0);
      tail = Buffer.alloc(Math.min(1, sizeBytes));
      await handle.read(tail, 0, tail.length, Math.max(0, sizeBytes - 1));
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw unreadable(label, error);
  }
  const firstSignificant = head
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trimStart()[0];
  return {
    path,
    label,
    format: firstSignificant === "[" ? "json-array" : "ndjson",
    endsWithNewline: tail.toString() === "\n",
    sizeBytes,
  };
}

/** Parses one order's text, or says why it cannot. */
function parse(text: string): { value: unknown } | { parseError: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { parseError: (error as Error).message };
  }
}

/**
 * Reads the input's orders one by one, in order, with memory bounded by the largest order.
 * `onChunk` sees every byte read (the journal fingerprints the input with it).
 */
export async function* readInputRecords(
  source: InputSource,
  onChunk?: (chunk: Buffer) => void,
): AsyncGenerator<InputRecord> {
  const stream = createReadStream(source.path);
  if (onChunk) stream.on("data", (chunk) => onChunk(chunk as Buffer));
  const failed = new Promise<never>((_, reject) => {
    stream.once("error", (error) => reject(unreadable(source.label, error)));
  });
  failed.catch(() => {});
  if (source.format === "json-array") {
    stream.setEncoding("utf8");
    let ordinal = 0;
    try {
      for await (const element of jsonArrayElements(stream as AsyncIterable<string>)) {
        const where = `index ${element.index} (line ${element.line})`;
        const parsed = parse(element.text);
        yield { ordinal: ordinal++, where, line: element.line, ...parsed };
      }
    } catch (error) {
      if (error instanceof ArrayStructureError) {
        throw new InputError(`${source.label} line ${error.line}: ${error.message}`);
      }
      throw error;
    }
    return;
  }
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let ordinal = 0;
  // One record is held back, so the last line can be told apart (a cut-off write).
  let held: InputRecord | undefined;
  for await (const rawLine of lines) {
    lineNumber++;
    const text = lineNumber === 1 ? rawLine.replace(/^\uFEFF/, "") : rawLine;
    if (!text.trim()) continue;
    if (held) yield held;
    held = { ordinal: ordinal++, where: `line ${lineNumber}`, line: lineNumber, ...parse(text) };
  }
  await Promise.race([Promise.resolve(), failed]);
  if (held) {
    if (held.parseError && !source.endsWithNewline) {
      held.parseError = `the last line is cut off (the file ends mid-order; was it truncated while being written?): ${held.parseError}`;
    }
    yield held;
  }
}

/** Creates a running SHA-256 of everything read, for telling whether a journal is this input's. */
export function createFingerprint(): { update: (chunk: Buffer) => void; digest: () => string } {
  const hash = createHash("sha256");
  return { update: (chunk) => hash.update(chunk), digest: () => hash.digest("hex") };
}
