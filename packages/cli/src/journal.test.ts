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
    first.append({ o: 0, id: "a", s: "sending" });
    first.append({ o: 0, id: "a", s: "completed", versionTag: "v" });
    first.append({ o: 1, id: "b", s: "sending" });
    first.close();
    appendFileSync(path, '{"o":1,"id":"b","s":"se');
    const second = await openJournal(path, header);
    expect(second.previous.get(0)).toEqual({ o: 0, id: "a", s: "completed" });
    expect(second.previous.get(1)).toEqual({ o: 1, id: "b", s: "sending" });
    second.append({ o: 1, id: "b", s: "completed" });
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
    journal.append({ o: 0, id: "a", s: "failed", error: { name: "Error", message: "secret" } });
    journal.close();
    expect(readFileSync(path, "utf8")).not.toContain("secret");
  });
});
