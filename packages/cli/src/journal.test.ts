import { appendFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ForeignJournalError, type JournalHeader, openJournal } from "./journal.ts";

const header: JournalHeader = {
  type: "engage-orders-journal",
  version: 1,
  command: "import",
  input: "orders.ndjson",
  inputSha256: "abc",
  target: "http://engage.test",
};

describe("openJournal", () => {
  it("keeps each order's last entry, drops a line cut off mid-write, and appends after it", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const first = await openJournal(path, header);
    first.append({ ordinal: 0, orderId: "a", state: "sending" });
    first.append({ ordinal: 0, orderId: "a", state: "completed", versionTag: "v" });
    first.append({ ordinal: 1, orderId: "b", state: "sending" });
    first.close();
    appendFileSync(path, '{"o":1,"id":"b","s":"se');
    const second = await openJournal(path, header);
    expect(second.previous.get(0)).toEqual({ ordinal: 0, orderId: "a", state: "completed" });
    expect(second.previous.get(1)).toEqual({ ordinal: 1, orderId: "b", state: "sending" });
    second.append({ ordinal: 1, orderId: "b", state: "completed" });
    second.close();
    const lines = readFileSync(path, "utf8").trim().split("\n");
    expect(lines.map((line) => JSON.parse(line))).toHaveLength(5);
  });

  it("refuses a journal of another input or target", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    (await openJournal(path, header)).close();
    await expect(openJournal(path, { ...header, inputSha256: "other" })).rejects.toThrow(
      ForeignJournalError,
    );
    await expect(openJournal(path, { ...header, target: "http://elsewhere" })).rejects.toThrow(
      /orders sent to http:\/\/engage.test/,
    );
  });

  it("writes no key: every line passes through the redaction", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "journal-")), "j.ndjson");
    const journal = await openJournal(path, header, (text) =>
      text.replaceAll("secret", "[redacted]"),
    );
    journal.append({
      ordinal: 0,
      orderId: "a",
      state: "failed",
      error: { name: "Error", message: "secret" },
    });
    journal.close();
    expect(readFileSync(path, "utf8")).not.toContain("secret");
  });
});
