import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";

/** One action send as remembered: started, then accepted, refused or of unknown outcome. */
export interface ActionRecord {
  target: string;
  orderId: string;
  action: string;
  versionTag: string;
  state: "sending" | "accepted" | "refused" | "unknown";
  at: string;
}

/** Where action outcomes are remembered across runs. */
export function actionLedgerPath(env: Record<string, string | undefined>): string {
  const dir =
    env.ENGAGE_ORDERS_STATE_DIR ??
    join(env.XDG_STATE_HOME ?? join(homedir(), ".local", "state"), "engage-orders");
  return join(dir, "actions.ndjson");
}

/**
 * Finds the last record of an action on an order version whose outcome is not known: a send
 * that got no clear answer, or one whose process died mid-request. Such an action may have
 * reached Engage, so sending it again could send the customer a second message.
 */
export function findUnknownOutcome(
  path: string,
  key: Pick<ActionRecord, "target" | "orderId" | "action" | "versionTag">,
): ActionRecord | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  let last: ActionRecord | undefined;
  for (const line of text.split("\n")) {
    if (!line) continue;
    let record: ActionRecord;
    try {
      record = JSON.parse(line) as ActionRecord;
    } catch {
      continue;
    }
    if (
      record.target === key.target &&
      record.orderId === key.orderId &&
      record.action === key.action &&
      record.versionTag === key.versionTag
    ) {
      last = record;
    }
  }
  return last && (last.state === "sending" || last.state === "unknown") ? last : undefined;
}

/** Appends one record; it is in the file before the request it announces is sent. */
export function rememberAction(path: string, record: ActionRecord): void {
  mkdirSync(dirname(path), { recursive: true });
  appendFileSync(path, `${JSON.stringify(record)}\n`);
}
