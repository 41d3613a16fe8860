import { OrderRequestSchema, toFieldErrors } from "@engage-orders/schemas";
import {
  createFingerprint,
  type InputRecord,
  type InputSource,
  readInputRecords,
} from "./inputRecords.ts";

/** One invalid order: where it is, its `orderId` when it has one, and what is wrong. */
export interface InvalidOrder {
  /** `line 12`, or `index 3 (line 40)`. */
  where: string;
  /** The line it starts on. */
  line: number;
  /** Its position among the input's orders. */
  ordinal: number;
  /** Its `orderId`, when it has a readable one. */
  orderId?: string;
  /** Each problem: the field path (empty for the order as a whole) and why. */
  errors: Array<{ field: string; message: string }>;
}

/** What the validation pass found. */
export interface InputSummary {
  /** Every order in the input, valid or not. */
  total: number;
  /** The positions of the invalid ones (skipped when sending with `--skip-invalid`). */
  invalidOrdinals: Set<number>;
  /** The SHA-256 of the input's bytes: the journal belongs to exactly this content. */
  sha256: string;
}

/**
 * Checks one record against the shared order schema; returns its problems (none when valid).
 * A value that is not JSON, not an object, or has a duplicate `orderId` is a problem too.
 */
export function checkRecord(record: InputRecord): InvalidOrder["errors"] {
  if (record.parseError !== undefined) {
    return [{ field: "", message: `not JSON: ${record.parseError}` }];
  }
  const result = OrderRequestSchema["~standard"].validate(record.value);
  if (result instanceof Promise) throw new Error("the order schema must check synchronously");
  return result.issues ? toFieldErrors(result.issues) : [];
}

/** Reads a record's `orderId` when it has a usable one. */
export function orderIdOf(value: unknown): string | undefined {
  const orderId = (value as { orderId?: unknown } | null)?.orderId;
  return typeof orderId === "string" && orderId !== "" ? orderId : undefined;
}

/**
 * Reads the whole input once: checks every order with the shared schemas, finds repeated
 * `orderId`s and fingerprints the bytes. Each invalid order is handed to `onInvalid` as it is
 * found, so even a file full of them is reported with flat memory.
 */
export async function validateInput(
  source: InputSource,
  onInvalid: (invalid: InvalidOrder, record: InputRecord) => void,
  onRecord?: (ordinal: number) => void,
): Promise<InputSummary> {
  const fingerprint = createFingerprint();
  const invalidOrdinals = new Set<number>();
  // The first place each orderId was seen: a second create of one id would be refused by Engage.
  const firstSeenOnLine = new Map<string, number>();
  let total = 0;
  for await (const record of readInputRecords(source, fingerprint.update)) {
    total++;
    onRecord?.(record.ordinal);
    const errors = checkRecord(record);
    const orderId = orderIdOf(record.value);
    if (orderId !== undefined) {
      const earlierLine = firstSeenOnLine.get(orderId);
      if (earlierLine === undefined) firstSeenOnLine.set(orderId, record.line);
      else {
        errors.push({
          field: "orderId",
          message: `repeats the orderId of the order on line ${earlierLine}`,
        });
      }
    }
    if (errors.length === 0) continue;
    invalidOrdinals.add(record.ordinal);
    onInvalid(
      {
        where: record.where,
        line: record.line,
        ordinal: record.ordinal,
        ...(orderId === undefined ? {} : { orderId }),
        errors,
      },
      record,
    );
  }
  return { total, invalidOrdinals, sha256: fingerprint.digest() };
}
