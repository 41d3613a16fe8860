import { tmpdir } from "node:os";
import { runCli } from "./runCli.ts";

// Ctrl-C in two stages: the first stops taking new orders and lets the ones in flight finish
// (or records them as pending); the second stops at once. The journal is written line by line
// as things happen, so neither loses what was sent.
const soft = new AbortController();
const hard = new AbortController();
const onSignal = (): void => {
  if (!soft.signal.aborted) {
    process.stderr.write(
      "\nStopping: no new orders; finishing the ones in flight. Press Ctrl-C again to stop at once.\n",
    );
    soft.abort();
    return;
  }
  if (hard.signal.aborted) return;
  process.stderr.write("\nStopping now; the journal has every order sent.\n");
  hard.abort();
  // Whatever is still running has had its chance: the journal is already on disk.
  setTimeout(() => process.exit(130), 2000).unref();
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

runCli(
  process.argv.slice(2),
  {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    tmpdir: tmpdir(),
  },
  { soft: soft.signal, hard: hard.signal },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`engage-orders: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
