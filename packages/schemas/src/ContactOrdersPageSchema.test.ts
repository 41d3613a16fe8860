import { parse } from "valibot";
import { describe, expect, it } from "vitest";
import { storedOrder } from "../test/examples.ts";
import { fieldErrorsOf } from "../test/fieldErrorsOf.ts";
import { ContactOrdersPageSchema } from "./ContactOrdersPageSchema.ts";

const base = "https://acme.voyado.com/api/v3/orders?contactId=c-1";

describe("ContactOrdersPageSchema", () => {
  it.each([
    [
      "links as a list",
      [
        { rel: "next", href: `${base}&offset=20&count=10` },
        { rel: "previous", href: `${base}&offset=0&count=10` },
      ],
    ],
    ["links as an object", { next: `${base}&offset=20&count=10`, previous: null }],
    ["an empty object of links", {}],
    ["no links", null],
  ])("parses a page with %s unchanged", (_, links) => {
    const page = { items: [storedOrder], offset: 10, count: 10, totalCount: 21, links };
    expect(parse(ContactOrdersPageSchema, page)).toEqual(page);
  });

  it("parses a page with only items", () => {
    expect(parse(ContactOrdersPageSchema, { items: [] })).toEqual({ items: [] });
  });

  it.each([[[{ rel: "next" }]], [{ next: 2 }], ["next"]])(
    "rejects links %j with one message at links",
    (links) => {
      expect(fieldErrorsOf(ContactOrdersPageSchema, { items: [], links })).toEqual([
        {
          field: "links",
          message: "must be a list of { rel, href } links or an object { next, previous } of URLs",
        },
      ]);
    },
  );

  it("names the order that is wrong", () => {
    const page = { items: [storedOrder, { ...storedOrder, versionTag: 5 }], totalCount: "2" };
    expect(fieldErrorsOf(ContactOrdersPageSchema, page)).toEqual([
      { field: "items.1.versionTag", message: "must be a string (received 5)" },
      { field: "totalCount", message: 'must be a number (received "2")' },
    ]);
  });
});
