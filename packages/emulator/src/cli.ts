/// <reference types="node" />
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseCliArgs, usage } from "./cliOptions.ts";
import { startEmulatorServer } from "./node.ts";
import type { EmulatorSnapshot } from "./state.ts";

/** Writes the state atomically, so a crash never leaves half a file. */
function save(file: string, snapshot: EmulatorSnapshot): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(snapshot, null, 2)}\n`);
  renameSync(temporary, file);
}

/** Runs `engage-emulator`; resolves with the exit code when it cannot start. */
async function main(args: string[]): Promise<number | undefined> {
  let config: ReturnType<typeof parseCliArgs>;
  try {
    config = parseCliArgs(args);
  } catch (error) {
    process.stderr.write(`engage-emulator: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (config.help) {
    process.stdout.write(usage);
    return 0;
  }
  const { dataFile } = config;
  if (dataFile && existsSync(dataFile)) {
    try {
      config.server.state = JSON.parse(readFileSync(dataFile, "utf8")) as EmulatorSnapshot;
    } catch (error) {
      process.stderr.write(
        `engage-emulator: cannot read ${dataFile}: ${(error as Error).message}\n`,
      );
      return 1;
    }
  }
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const server = await startEmulatorServer({
    ...config.server,
    onAnswered: (request) => {
      if (!dataFile || request.method === "GET") return;
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => save(dataFile, server.emulator.exportState()), 200);
    },
  });
  const known = new Set(
    server.emulator.listContacts().map((contact) => contact.email?.toLowerCase()),
  );
  for (const email of config.contacts) {
    if (!known.has(email.toLowerCase())) server.emulator.seedContact({ email });
  }
  // The key is not printed: log lines must never carry it.
  process.stdout.write(`Engage emulator listening on ${server.url}\n`);
  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    clearTimeout(saveTimer);
    await server.close();
    if (dataFile) save(dataFile, server.emulator.exportState());
    process.stdout.write(`Engage emulator stopped (${signal}).\n`);
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  return undefined;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`engage-emulator: ${(error as Error).message}\n`);
    process.exit(1);
  },
);
