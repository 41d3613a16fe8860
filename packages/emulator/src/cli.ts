/// <reference types="node" />
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import packageJson from "../package.json" with { type: "json" };
import type { CliConfig } from "./cliOptions.ts";
import { parseCliArgs, usage } from "./cliOptions.ts";
import { controlPathOf } from "./controlRoutes.ts";
import type { EmulatorServer } from "./node.ts";
import { startEmulatorServer } from "./node.ts";
import { DEFAULT_API_KEY } from "./options.ts";
import type { Contact, EmulatorSnapshot } from "./state.ts";

/** Writes the state atomically, so a crash never leaves half a file. */
function save(file: string, snapshot: EmulatorSnapshot): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(snapshot, null, 2)}\n`);
  renameSync(temporary, file);
}

/** How a contact is matched, for the banner: the first match key it has. */
function matchKeyOf(contact: Contact): string {
  const { contactId: _id, ...matchKeys } = contact;
  const [first] = Object.entries(matchKeys);
  return first ? `${first[0]} ${first[1]}` : "(no match key)";
}

/**
 * What a curl user needs at start: the URL, the key the emulator accepts (a local test key,
 * never a real Engage key: printing it is the point), the header to send it in, the seeded
 * contacts with their ids, and where the control routes are.
 */
function startBanner(server: EmulatorServer, config: CliConfig): string {
  const keys = config.server.apiKeys ?? [DEFAULT_API_KEY];
  const headerOption = config.server.apiKeyHeader ?? "apikey";
  const header = typeof headerOption === "string" ? headerOption : headerOption.join(" or ");
  const contacts = server.emulator.listContacts();
  const control = controlPathOf(config.server.controlRoutes);
  const lines = [
    `Engage emulator listening on ${server.url}`,
    `API key${keys.length === 1 ? "" : "s"} (send in the ${header} header): ${keys.join(", ")}`,
    contacts.length === 0 ? "Contacts: none seeded (--contact EMAIL)" : "Contacts:",
    ...contacts.map((contact) => `  ${contact.contactId}  ${matchKeyOf(contact)}`),
    control === null
      ? "Control routes: off"
      : `Control routes: ${server.url}${control} (GET it for the index)`,
  ];
  return `${lines.join("\n")}\n`;
}

/** Runs `engage-emulator`; resolves with the exit code when it cannot start. */
async function main(args: string[]): Promise<number | undefined> {
  let config: ReturnType<typeof parseCliArgs>;
  try {
    config = parseCliArgs(args, process.env);
  } catch (error) {
    process.stderr.write(`engage-emulator: ${(error as Error).message}\n\n${usage}`);
    return 2;
  }
  if (config.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (config.version) {
    process.stdout.write(`${packageJson.version}\n`);
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
  process.stdout.write(startBanner(server, config));
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
