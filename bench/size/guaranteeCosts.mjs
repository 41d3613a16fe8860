#!/usr/bin/env node
// What each guarantee of the core costs in min+gz bytes. For every row, a copy of
// packages/core/src in a temp directory (removed afterwards; the repo is never touched) has
// that one guarantee cut out by a small source patch, then the minimal edge import
// (createOrdersClient, createOrder, waitForJob, triggerAction) and the whole core
// (`export *`) are bundled like scripts/size.mjs (esbuild, minified ESM, gzip -9) and compared
// with the unmodified copy. The last row removes every guarantee at once. A patch whose text is
// no longer in the source stops the run with a non-zero exit naming the guarantee and the
// missing text, so a stale number is never printed. No build needed:
//
//   node bench/size/guaranteeCosts.mjs

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the patches quote TypeScript source, template literals included.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { measure } from "../../scripts/size.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "../..");

const entries = {
  minimal:
    'export { createOrdersClient, createOrder, waitForJob, triggerAction } from "./index.ts";',
  everything: 'export * from "./index.ts";',
};

/** A patch whose text is not in the source: the measurement would be stale. */
class PatchMiss extends Error {}

/**
 * Edits files of one source copy. Strict: a text that is not found throws `PatchMiss`.
 * Tolerant (for the all-at-once row): the text may already be gone with an earlier guarantee,
 * so the patch is skipped and counted.
 */
function patcher(dir, strict) {
  const skipped = [];
  const read = (file) => {
    if (!existsSync(join(dir, file))) throw new PatchMiss(`${file} does not exist`);
    return readFileSync(join(dir, file), "utf8");
  };
  const miss = (file, missing) => {
    if (strict) throw new PatchMiss(`${file} no longer contains ${JSON.stringify(missing)}`);
    skipped.push(`${file}: ${JSON.stringify(missing.trim().slice(0, 50))}`);
  };
  return {
    skipped,
    /** Replaces the first occurrence of `from` by `to`. */
    replace(file, from, to) {
      const s = read(file);
      const at = s.indexOf(from);
      if (at < 0) return miss(file, from);
      writeFileSync(join(dir, file), s.slice(0, at) + to + s.slice(at + from.length));
    },
    /** Replaces everything from `start` up to (not including) the next `end` by `insert`. */
    cut(file, start, end, insert = "") {
      const s = read(file);
      const a = s.indexOf(start);
      if (a < 0) return miss(file, start);
      const b = s.indexOf(end, a);
      if (b < 0) return miss(file, end);
      writeFileSync(join(dir, file), s.slice(0, a) + insert + s.slice(b));
    },
    /** Rewrites every source file (tests excluded) with `edit`. */
    rewriteAll(edit) {
      for (const file of readdirSync(dir)) {
        if (!file.endsWith(".ts") || /\.test(-d)?\.ts$/.test(file)) continue;
        writeFileSync(join(dir, file), edit(read(file)));
      }
    },
  };
}

/** Replaces every match of `pattern` in `s`, and records in `found` whether there was one. */
function replaceAll(s, pattern, replacement, found, key) {
  const out = s.replace(pattern, replacement);
  if (out !== s) found.add(key);
  return out;
}

/**
 * The guarantees, each with the patch that removes it. `inAll: false` marks rows that are part
 * of another row (or not a guarantee), so the all-at-once row does not apply them.
 */
const guarantees = [
  {
    name: "Client-side rate limiter (default 50 req/s; limiter + its validation)",
    remove(p) {
      p.replace(
        "createOrdersClient.ts",
        '      typeof rateLimit === "number"\n' +
          "        ? createRateLimiter(rateLimit, { now, sleep })\n" +
          "        : rateLimit || undefined,",
        "(rateLimit || undefined) as RateLimiter,",
      );
      p.replace(
        "createOrdersClient.ts",
        'import { createRateLimiter, type RateLimiter } from "./rateLimiter.ts";',
        'import type { RateLimiter } from "./rateLimiter.ts";',
      );
    },
  },
  {
    name: "Retries: full-jitter backoff, Retry-After, per-client retry budget, retry events",
    remove(p) {
      p.cut("send.ts", "    const delayMs = backoffDelayMs(", "    throw failedRequestError(");
      p.replace(
        "send.ts",
        "      internals.tokens = Math.min(internals.retry.budget, internals.tokens + TOKENS_PER_SUCCESS);\n",
        "",
      );
    },
  },
  {
    name: "Send-once rule (actions never re-sent; OutcomeUnknownError from send)",
    remove(p) {
      p.replace("retryPolicy.ts", "  if (once) return false;\n", "");
      p.cut(
        "send.ts",
        "  const last = attempts[attempts.length - 1];",
        "  if (!outcome.response) {",
      );
      p.replace(
        "send.ts",
        "    if (unclear) return new OutcomeUnknownError(`${where}: ${message}; ${notResent}`, details);\n",
        "",
      );
      p.cut("send.ts", "  if (unclear) {", "  return errorFromReply(reply");
    },
  },
  {
    name: "Per-attempt timeout (AbortController, clearable timer, lazy signal)",
    remove(p) {
      p.replace("fetchAttempt.ts", "  const controller = new AbortController();\n", "");
      p.replace(
        "fetchAttempt.ts",
        "    get signal() {\n      return controller.signal;\n    },",
        "    signal: signal ?? null,",
      );
      p.replace(
        "fetchAttempt.ts",
        "  const abort = () => controller.abort(signal?.reason);\n" +
          '  signal?.addEventListener("abort", abort);\n' +
          "  const timer = setTimeout(abort, client.timeoutMs);\n",
        "",
      );
      p.replace(
        "fetchAttempt.ts",
        '    clearTimeout(timer);\n    signal?.removeEventListener("abort", abort);\n',
        "",
      );
      p.replace(
        "fetchAttempt.ts",
        'const reason = controller.signal.aborted ? "timeout" : "network";',
        'const reason = "network";',
      );
    },
  },
  {
    name: "Events (request start and end, retry, poll) through onEvent",
    remove(p) {
      p.cut(
        "send.ts",
        "    const failure = outcome.response",
        "    if (outcome.response && outcome.response.status < 400)",
      );
      p.replace(
        "send.ts",
        '      internals.emit({ type: "retry", ...request, delayMs, reason });\n',
        "",
      );
      p.replace("fetchAttempt.ts", '  client.emit({ type: "request-start", ...request });\n', "");
      p.replace(
        "fetchAttempt.ts",
        '    client.emit({ type: "request", ...request, error: message, durationMs: 0 });\n',
        "",
      );
      p.replace("fetchAttempt.ts", "  const start = client.now();\n", "");
      p.replace("fetchAttempt.ts", "durationMs: client.now() - start", "durationMs: 0");
      p.replace("fetchAttempt.ts", "durationMs: client.now() - start", "durationMs: 0");
      p.cut("waitForJob.ts", "    internals.emit({", '    if (status === "CompletedWithErrors")');
      p.replace(
        "createOrdersClient.ts",
        "    emit: (event) => {\n      try {\n        onEvent?.(event);\n      } catch {}\n    },",
        "emit: undefined as any,",
      );
    },
  },
  {
    name: "API-key redaction of answers, headers and fetch errors (at any depth)",
    remove(p) {
      p.replace(
        "fetchAttempt.ts",
        "const text = redactBody(await response.text(), client.redact);",
        "const text = await response.text();",
      );
      p.replace(
        "fetchAttempt.ts",
        "const headers = redactHeaders(response.headers, client.redact);",
        "const headers = response.headers;",
      );
      p.replace(
        "fetchAttempt.ts",
        "const message = client.redact(error instanceof Error ? error.message : `${error}`);",
        "const message = error instanceof Error ? error.message : `${error}`;",
      );
      p.replace(
        "send.ts",
        "const failure = outcome.response ? undefined : internals.redact(errorMessage(outcome.error));",
        "const failure = outcome.response ? undefined : errorMessage(outcome.error);",
      );
      p.replace(
        "send.ts",
        "const message = outcome.response ? `${status}` : client.redact(errorMessage(outcome.error));",
        "const message = outcome.response ? `${status}` : errorMessage(outcome.error);",
      );
      p.replace(
        "send.ts",
        "cause: outcome.response ? undefined : redactThrown(outcome.error, client.redact),",
        "cause: outcome.response ? undefined : outcome.error,",
      );
      p.cut(
        "createOrdersClient.ts",
        "  // The key as sent and as it reads inside a URL",
        "  const client: OrdersClient = Object.freeze",
      );
      p.cut(
        "createOrdersClient.ts",
        "    // Every answer passes through here",
        "    tokens: retry.budget,",
        "    redact: undefined as any,\n",
      );
    },
  },
  {
    name: "Error answers: field errors in 3 formats",
    inAll: false,
    remove(p) {
      p.replace(
        "errorFromReply.ts",
        'fieldErrors: readFieldErrors(fields.errors ?? fields["invalid-params"]),',
        "fieldErrors: [],",
      );
    },
  },
  {
    name: "Error answers: message fallbacks (detail, title, raw text)",
    inAll: false,
    remove(p) {
      p.cut(
        "errorFromReply.ts",
        "  const message =\n",
        "  return {\n    errorCode,",
        "  const message = nonEmptyString(fields.message);\n  const notJson = undefined;\n",
      );
    },
  },
  {
    name: "Error answers: status/code to typed error class (429, 409, 422, 404 kinds)",
    inAll: false,
    remove(p) {
      p.replace(
        "errorFromReply.ts",
        "  const ErrorClass = errorClassFor(reply.status, errorCode, context.notFound);",
        "  const ErrorClass = EngageError;",
      );
    },
  },
  {
    name: "Error answers, all of it (code, message, field errors, classes, body)",
    remove(p) {
      p.cut(
        "errorFromReply.ts",
        "  const { headline, errorCode, details } = answerOf(reply, context);",
        "\n}",
        "  return new EngageError(`${context.method} ${context.path} → ${reply.status}`, {\n" +
          "    ...context.details,\n    status: reply.status,\n    body: reply.text,\n  });",
      );
      p.cut(
        "send.ts",
        "    // The answer is how a person decides",
        "  }\n  return errorFromReply",
        "    return new OutcomeUnknownError(`${where}: ${message}; ${notResent}`, details);\n",
      );
    },
  },
  {
    name: "createOrdersClient option checks (baseUrl URL/path resolution, header values and name)",
    remove(p) {
      p.cut(
        "createOrdersClient.ts",
        "  for (const [field, value] of Object.entries({ apiKey, userAgent }))",
        "  // The client's own headers",
      );
      p.cut(
        "createOrdersClient.ts",
        '  let baseUrl = "";',
        "  const headers: Record",
        '  const baseUrl = base.replace(/\\/+$/, "");\n',
      );
    },
  },
  {
    name: 'Refusing "." and ".." ids',
    remove(p) {
      p.replace(
        "paths.ts",
        `  if (id === "." || id === "..") invalid(field, 'must not be "." or ".."');\n`,
        "",
      );
    },
  },
  {
    name: "Argument checks (need: non-empty strings, naming the field)",
    remove(p) {
      p.replace(
        "validate.ts",
        '  if (typeof value !== "string" || !value) invalid(field, "must be a non-empty string");\n',
        "",
      );
    },
  },
  {
    name: "Standard Schema checks before sending (create, action)",
    remove(p) {
      p.replace("createOrder.ts", '  await check(client, "order", order);\n', "");
      p.replace("triggerAction.ts", '  await check(client, "action", action);\n', "");
    },
  },
  {
    name: "createOrder 409 resolution (read the order, compare, OutcomeUnknownError)",
    remove(p) {
      p.cut(
        "createOrder.ts",
        "  try {\n    return await sendWrite",
        "\n}\n",
        '  return sendWrite(client, "POST", "/api/v3/orders", orderId, "create", order, options);',
      );
    },
  },
  {
    name: "… of which: the deep comparison of the re-found order",
    inAll: false,
    remove(p) {
      p.cut(
        "createOrder.ts",
        "export function sameOrder",
        "\n}\n",
        'export function sameOrder(sent: unknown, stored: unknown, key = ""): boolean {\n  return true;',
      );
    },
  },
  {
    name: "Learned poll schedule (quantiles of recent jobs) instead of plain backoff",
    remove(p) {
      p.cut(
        "pollSchedule.ts",
        "export function learn",
        "\n}\n",
        "export function learn(durations: number[], ms: number): void {",
      );
      p.cut(
        "pollSchedule.ts",
        "  if (durations.length < MIN_HISTORY)",
        "\n}\n",
        "  return clamp(backoff, min, max);",
      );
      p.cut(
        "waitForJob.ts",
        '    if (status === "Completed") {\n      // Server',
        "    elapsedAtLastPoll = elapsed;",
      );
    },
  },
  {
    name: "Completion as a redirect (302 followed or opaque) and handles without a job",
    remove(p) {
      p.cut(
        "getJob.ts",
        "  let reply: Reply;",
        "  const answer = objectBody(",
        '  const reply = await get(need(handle.pollUrl, "handle.pollUrl"), jobId ? EngageError : undefined);\n',
      );
      p.cut("getJob.ts", "  if (answersWithOrder ||", "  if (!nonEmptyString(answer.status))");
    },
  },
  {
    name: "Accepted-write variants (job in body href, Location only, empty 204 = done)",
    remove(p) {
      p.cut(
        "handleFromReply.ts",
        "  const href = nonEmptyString(accepted.href)",
        "  const acceptedOrderId",
        '  const jobId = nonEmptyString(accepted.jobId) ?? "";\n' +
          "  const pollPath = jobId ? jobPath(jobId) : orderPath(orderId);\n",
      );
      p.cut("handleFromReply.ts", "  if (!jobId) {", "  if (resentAfterUnclearAttempt(");
    },
  },
  {
    name: "Reading the versionTag when the job does not report it",
    remove(p) {
      p.cut(
        "waitForJob.ts",
        "  if (!job.versionTag && handle.operation",
        "  return job as CompletedJob;",
      );
    },
  },
  {
    name: "Malformed-answer checks (not JSON object, no job, no versionTag, no status)",
    remove(p) {
      p.replace(
        "replyBody.ts",
        'return isObject(reply.data) ? reply.data : malformed(reply, "is not a JSON object", details);',
        "return reply.data as JsonObject;",
      );
      p.replace(
        "getJob.ts",
        '  if (!nonEmptyString(answer.status)) malformed(reply, "has no job status", details);\n',
        "",
      );
      p.replace(
        "getOrder.ts",
        '  if (!nonEmptyString(order.versionTag)) malformed(reply, "has no versionTag", info);\n',
        "",
      );
      p.replace(
        "handleFromReply.ts",
        '    if (reply.text.trim()) malformed(reply, "names no job");\n',
        "",
      );
    },
  },
  {
    name: "Job errors carry errorCode and field errors",
    remove(p) {
      p.replace(
        "waitForJob.ts",
        "      errorCode: job.errorCode,\n" +
          "      fieldErrors: (job.errors ?? []).map((error) => ({\n" +
          '        field: error.field ?? "",\n' +
          "        message: error.message,\n" +
          "      })),\n",
        "",
      );
    },
  },
  {
    name: "Deadline as Date / ISO string / epoch (besides timeoutMs)",
    remove(p) {
      p.replace(
        "waitForJob.ts",
        "  const until =\n" +
          "    options.deadline === undefined\n" +
          "      ? now() + (options.timeoutMs ?? 60_000)\n" +
          "      : +new Date(options.deadline);\n" +
          '  if (!(until > 0)) invalid("deadline", "must be a date");',
        "  const until = now() + (options.timeoutMs ?? 60_000);",
      );
    },
  },
  {
    name: "onProgress callback",
    remove(p) {
      p.replace(
        "waitForJob.ts",
        "    onProgress?.(job, { polls, elapsedMs: elapsed, delayMs: delay });\n",
        "",
      );
    },
  },
  {
    name: "Retry-After honoured on polls",
    remove(p) {
      p.replace(
        "getJob.ts",
        'const retryAfter = retryAfterMs(reply.headers.get("retry-after"), internalsOf(client).now());',
        "const retryAfter = undefined;",
      );
    },
  },
  {
    name: "Every error message text (all set to empty; not an option, shows their weight)",
    inAll: false,
    remove(p) {
      const messages = [
        "`Order ${orderId} may be stored; reading it failed`",
        "`Job ${handle.jobId || orderId} did not finish before the deadline`",
        "`Order ${orderId} was stored, but its contact is missing`",
        '`Job ${job.jobId} failed${errorCode ? `: ${errorCode}` : ""}`',
        "`Order ${orderId} already exists`",
        '"Engage may have processed it, so it was not re-sent"',
        "`${reply.path}: the answer ${problem}`",
      ];
      const found = new Set();
      p.rewriteAll((source) => {
        let s = replaceAll(
          source,
          /invalid\(([^,]+), ("[^"]*"|'[^']*')\)/g,
          'invalid($1, "")',
          found,
          "invalid(field, message)",
        );
        s = replaceAll(
          s,
          /malformed\((\w+), "[^"]*"/g,
          'malformed($1, ""',
          found,
          "malformed(reply, message)",
        );
        for (const message of messages) s = replaceAll(s, message, '""', found, message);
        return s;
      });
      for (const key of ["invalid(field, message)", "malformed(reply, message)", ...messages]) {
        if (!found.has(key)) throw new PatchMiss(`no source file contains ${JSON.stringify(key)}`);
      }
    },
  },
];

/**
 * Copies the core's source into a fresh directory under `root` and returns the copy of `src`.
 * The package's package.json and tsconfig files come along in the repo's layout, because
 * esbuild reads them: without `"sideEffects": false` the same source bundles 6 B larger, and
 * the tsconfig decides class fields and which imports a patch leaves unused are kept.
 */
function copySource(root, name) {
  const dir = join(root, name);
  const paths = [
    "tsconfig.base.json",
    "packages/core/package.json",
    "packages/core/tsconfig.json",
    "packages/core/src",
  ];
  for (const path of paths) {
    cpSync(join(repo, path), join(dir, path), { recursive: true });
  }
  return join(dir, "packages/core/src");
}

/** The min+gz bytes of each entry bundled from `dir`. */
async function sizes(dir) {
  const out = {};
  for (const [key, code] of Object.entries(entries)) {
    out[key] = (await measure(code, { resolveDir: dir })).gzip;
  }
  return out;
}

/** Runs `guarantee.remove` with the patcher; a miss names the guarantee. */
function removeGuarantee(guarantee, p) {
  try {
    guarantee.remove(p);
  } catch (error) {
    if (error instanceof PatchMiss) {
      throw new PatchMiss(`patch for "${guarantee.name}" does not match: ${error.message}`);
    }
    throw error;
  }
}

const root = mkdtempSync(join(tmpdir(), "engage-guarantee-costs-"));
try {
  const base = await sizes(copySource(root, "baseline"));
  const rows = [];
  for (const [index, guarantee] of guarantees.entries()) {
    const dir = copySource(root, `guarantee-${index}`);
    removeGuarantee(guarantee, patcher(dir, true));
    const size = await sizes(dir);
    rows.push([guarantee.name, base.minimal - size.minimal, base.everything - size.everything]);
  }
  // Every patch matched the unmodified source above, so a text missing here was removed by an
  // earlier guarantee's patch (they overlap in places).
  const allDir = copySource(root, "all");
  const all = patcher(allDir, false);
  for (const guarantee of guarantees) {
    if (guarantee.inAll !== false) removeGuarantee(guarantee, all);
  }
  const floor = await sizes(allDir);

  console.log(
    "What each guarantee of the core costs (min+gz: esbuild minified ESM, gzip -9, bundled " +
      "from a temp copy of packages/core/src with that guarantee patched out). Baseline: " +
      `minimal edge import (createOrdersClient, createOrder, waitForJob, triggerAction) ` +
      `${base.minimal} B, everything ${base.everything} B. Rows overlap, so they do not add up.`,
  );
  console.log("");
  console.log("| guarantee | minimal saves | everything saves |");
  console.log("|---|---:|---:|");
  console.log(
    `| baseline (nothing removed) | 0 B of ${base.minimal} B | 0 B of ${base.everything} B |`,
  );
  for (const [name, minimal, everything] of rows) {
    console.log(`| ${name} | ${minimal} B | ${everything} B |`);
  }
  console.log(
    `| every guarantee removed at once (messages kept) | ${base.minimal - floor.minimal} B ` +
      `(${floor.minimal} B left) | ${base.everything - floor.everything} B (${floor.everything} B left) |`,
  );
  if (all.skipped.length > 0) {
    console.log("");
    console.log(
      `In the last row ${all.skipped.length} patches found their text already removed by an ` +
        `earlier guarantee: ${all.skipped.join("; ")}.`,
    );
  }
} catch (error) {
  console.error(error instanceof PatchMiss ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(root, { recursive: true, force: true });
}
