import {
  contactOrderPages,
  deleteOrder,
  getJob,
  getOrder,
  type JobHandle,
  OutcomeUnknownError,
  triggerAction,
  waitForJob,
} from "@engage-orders/core";
import { actionLedgerPath, findUnknownOutcome, rememberAction } from "./actionLedger.ts";
import type { CommandContext } from "./context.ts";
import { failureDetails, isUnauthorized, unauthorizedHelp } from "./failureDetails.ts";

/** The flags the small verbs read. */
export interface VerbFlags {
  "contact-id"?: string | undefined;
  "version-tag"?: string | undefined;
  language?: string | undefined;
  data?: string | undefined;
  wait?: boolean | undefined;
  "wait-timeout"?: string | undefined;
  force?: boolean | undefined;
}

/** Runs `get`, `orders`, `job`, `action` or `delete`; resolves with the exit code. */
export async function runVerb(
  command: string,
  args: string[],
  flags: VerbFlags,
  context: CommandContext,
): Promise<number> {
  const { io, target, stop } = context;
  const { client } = target;
  const print = (value: unknown): void => {
    io.stdout.write(`${target.redact(JSON.stringify(value))}\n`);
  };
  const say = (text: string): void => {
    io.stderr.write(`${target.redact(text)}\n`);
  };
  /** The one argument the verb takes, or a usage error naming it. */
  const onlyArgument = (name: string): string => {
    const [argument] = args;
    if (args.length !== 1 || !argument) {
      throw Object.assign(new Error(`${command} takes ${name}`), { usage: true });
    }
    return argument;
  };

  const waitTimeoutMs = Number(flags["wait-timeout"] ?? 120) * 1000;
  try {
    switch (command) {
      case "get": {
        const orderId = onlyArgument("ORDER_ID");
        const contactId = flags["contact-id"];
        print(
          await getOrder(client, orderId, {
            signal: stop.hard,
            ...(contactId ? { contactId } : {}),
          }),
        );
        return 0;
      }
      case "orders": {
        const contactId = onlyArgument("CONTACT_ID");
        // Streamed page by page: a contact with thousands of orders prints as it goes.
        for await (const page of contactOrderPages(client, contactId, { signal: stop.hard })) {
          for (const order of page.items) print(order);
        }
        return 0;
      }
      case "job": {
        const jobId = onlyArgument("JOB_ID");
        const job = await getJob(client, jobId, { signal: stop.hard });
        const finished = ["Completed", "CompletedWithErrors", "Failed"].includes(job.status);
        if (!flags.wait || finished) {
          print(job);
          return job.status === "CompletedWithErrors" || job.status === "Failed" ? 1 : 0;
        }
        // A job body may name its operation; a delete completes without a versionTag.
        const named = (job as { operation?: unknown }).operation;
        const handle: JobHandle = {
          jobId: job.jobId,
          orderId: job.orderId,
          pollUrl: `${client.baseUrl}/api/v3/orders/jobs/${encodeURIComponent(job.jobId)}`,
          operation: named === "delete" ? "delete" : "create",
          startedAt: job.createdAt ?? new Date().toISOString(),
        };
        print(await waitForJob(client, handle, { timeoutMs: waitTimeoutMs, signal: stop.soft }));
        return 0;
      }
      case "delete": {
        const orderId = onlyArgument("ORDER_ID");
        const handle = await deleteOrder(client, orderId, { signal: stop.hard });
        print(
          flags.wait
            ? await waitForJob(client, handle, { timeoutMs: waitTimeoutMs, signal: stop.soft })
            : handle,
        );
        return 0;
      }
      case "action":
        return await runAction(args, flags, context, print, say);
      default:
        say(`engage-orders: unknown command "${command}" (engage-orders --help lists them)`);
        return 2;
    }
  } catch (error) {
    if ((error as { usage?: boolean }).usage) {
      say(`engage-orders: ${(error as Error).message}`);
      return 2;
    }
    if (isUnauthorized(error)) say(`engage-orders: ${unauthorizedHelp}`);
    else {
      const details = failureDetails(error, target.redact);
      say(`engage-orders: ${details.name}: ${details.message}`);
      for (const fieldError of details.fieldErrors ?? []) {
        say(`  ${fieldError.field || "(body)"}: ${fieldError.message}`);
      }
    }
    return 1;
  }
}

/**
 * Triggers an action, quoting the order's current `versionTag` unless one is given. The send is
 * remembered before it leaves; after an unknown outcome (no clear answer, or a process that
 * died mid-request) the same action on the same version is refused unless `--force`.
 */
async function runAction(
  args: string[],
  flags: VerbFlags,
  context: CommandContext,
  print: (value: unknown) => void,
  say: (text: string) => void,
): Promise<number> {
  const { io, target, stop } = context;
  const [orderId, action] = args;
  if (args.length !== 2 || !orderId || !action) {
    throw Object.assign(new Error("action takes ORDER_ID ACTION"), { usage: true });
  }
  let data: Record<string, unknown> | undefined;
  if (flags.data !== undefined) {
    try {
      data = JSON.parse(flags.data) as Record<string, unknown>;
    } catch (error) {
      throw Object.assign(new Error(`--data is not JSON: ${(error as Error).message}`), {
        usage: true,
      });
    }
  }
  const versionTag =
    flags["version-tag"] ??
    (await getOrder(target.client, orderId, { signal: stop.hard })).versionTag;
  const ledger = actionLedgerPath(io.env);
  const key = { target: target.journalTarget, orderId, action, versionTag };
  const unknown = findUnknownOutcome(ledger, key);
  if (unknown && !flags.force) {
    say(
      `engage-orders: refusing to send ${action} for ${orderId} again: an earlier send at ${unknown.at} (versionTag ${versionTag}) may have reached Engage (its outcome is unknown), and a second one may send the customer a second message. Check Engage's automation log, then pass --force to send it anyway.`,
    );
    return 1;
  }
  const at = () => new Date().toISOString();
  rememberAction(ledger, { ...key, state: "sending", at: at() });
  try {
    const accepted = await triggerAction(
      target.client,
      orderId,
      {
        action,
        versionTag,
        ...(flags.language ? { language: flags.language } : {}),
        ...(data ? { data } : {}),
      },
      { signal: stop.hard },
    );
    rememberAction(ledger, { ...key, state: "accepted", at: at() });
    print(accepted);
    return 0;
  } catch (error) {
    const outcomeUnknown = error instanceof OutcomeUnknownError || stop.hard.aborted;
    rememberAction(ledger, { ...key, state: outcomeUnknown ? "unknown" : "refused", at: at() });
    throw error;
  }
}
