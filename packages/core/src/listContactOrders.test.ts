import { describe, expect, it } from "vitest";
import { json, rejection, setup } from "../test/fake.ts";
import {
  contactOrderPages,
  listContactOrders,
  MalformedResponseError,
  ValidationError,
} from "./index.ts";

const page = (
  offset: number,
  links: unknown,
  items = [{ orderId: `o-${offset}`, versionTag: "v" }],
) => json(200, { items, offset, count: 1, totalCount: 3, links });
const href = (offset: number) =>
  `https://t.voyado.com/api/v3/orders?contactId=c-1&offset=${offset}&count=1`;

describe("listContactOrders", () => {
  it("reads a page with encoded query and normalizes a links array", async () => {
    const { client, sent } = setup([
      page(1, [
        { rel: "next", href: href(2) },
        { rel: "previous", href: href(0) },
      ]),
    ]);
    const result = await listContactOrders(client, "c 1", { offset: 1, count: 1 });
    expect(sent[0]?.path).toBe("/api/v3/orders?contactId=c%201&offset=1&count=1");
    expect(result).toMatchObject({ offset: 1, totalCount: 3, next: href(2), previous: href(0) });
  });

  it("accepts links as an object with nulls", async () => {
    const { client } = setup([page(0, { next: href(1), previous: null })]);
    const result = await listContactOrders(client, "c-1");
    expect(result.next).toBe(href(1));
    expect(result.previous).toBeUndefined();
  });

  it("refuses bad paging values and a missing contact before sending", async () => {
    const { client, sent } = setup([]);
    expect((await rejection(listContactOrders(client, "c-1", { count: -1 }))).message).toBe(
      "count: must be a non-negative integer",
    );
    expect(await rejection(listContactOrders(client, "c-1", { offset: 1.5 }))).toBeInstanceOf(
      ValidationError,
    );
    expect(await rejection(listContactOrders(client, ""))).toBeInstanceOf(ValidationError);
    expect(sent).toHaveLength(0);
  });

  it("a page without items is malformed", async () => {
    const { client } = setup([json(200, { items: "nope" })]);
    expect(await rejection(listContactOrders(client, "c-1"))).toBeInstanceOf(
      MalformedResponseError,
    );
  });
});

describe("contactOrderPages", () => {
  it("follows next links to the end, on the client's own origin", async () => {
    const { client, sent } = setup(
      [
        page(0, [
          {
            rel: "next",
            href: "https://elsewhere.example/api/v3/orders?contactId=c-1&offset=1&count=1",
          },
        ]),
        page(1, { next: href(2) }),
        page(2, []),
      ],
      { baseUrl: "https://proxy.example/engage" },
    );
    const ids: string[] = [];
    for await (const p of contactOrderPages(client, "c-1", { count: 1 }))
      ids.push(...p.items.map((item) => item.orderId));
    expect(ids).toEqual(["o-0", "o-1", "o-2"]);
    expect(sent.map((request) => request.url)).toEqual([
      "https://proxy.example/engage/api/v3/orders?contactId=c-1&count=1",
      "https://proxy.example/engage/api/v3/orders?contactId=c-1&offset=1&count=1",
      "https://proxy.example/engage/api/v3/orders?contactId=c-1&offset=2&count=1",
    ]);
  });

  it("stops when a server loops its links", async () => {
    const { client, sent } = setup([page(0, { next: href(1) }), page(1, { next: href(1) })]);
    const pages = [];
    for await (const p of contactOrderPages(client, "c-1")) pages.push(p);
    expect(pages).toHaveLength(2);
    expect(sent).toHaveLength(2);
  });
});
