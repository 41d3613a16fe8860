import { describe, expect, it } from "vitest";
import { setup } from "../test/fake.ts";
import { clientTimeIso } from "./clientTime.ts";
import { ValidationError } from "./errors.ts";

describe("clientTimeIso", () => {
  it("reads the client's own clock, not the system's, every time it is called", () => {
    const { client, clock } = setup([]);
    clock.t = Date.UTC(2030, 5, 15, 12, 30, 0, 250);
    expect(clientTimeIso(client)).toBe("2030-06-15T12:30:00.250Z");
    clock.t += 60_000;
    expect(clientTimeIso(client)).toBe("2030-06-15T12:31:00.250Z");
  });

  it("refuses a client not made by createOrdersClient", () => {
    expect(() => clientTimeIso({ baseUrl: "https://t.voyado.com" })).toThrow(ValidationError);
  });
});
