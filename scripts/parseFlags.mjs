// The one way every script here reads its flags: `node:util` `parseArgs`, so `--orders=20000`
// and `--orders 20000` both work, and an unknown or malformed flag stops the script with a
// clear message instead of being ignored.
import { parseArgs } from "node:util";

/**
 * Parses `process.argv` for `options` (parseArgs' shape); on an unknown flag, a missing value
 * or a stray argument prints what was wrong and the usage line, and exits with status 2.
 */
export function parseFlags(options, usage, { allowPositionals = false } = {}) {
  try {
    return parseArgs({ options, allowPositionals, strict: true });
  } catch (error) {
    console.error(`${error.message}\n${usage}`);
    process.exit(2);
  }
}

/** Reads a flag's value as a positive integer, or stops with a message naming the flag. */
export function positiveInteger(values, name, fallback, usage) {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const number = Number(raw);
  if (!Number.isInteger(number) || number <= 0) {
    console.error(`--${name} must be a positive integer; got "${raw}".\n${usage}`);
    process.exit(2);
  }
  return number;
}
