import { array, custom, type InferOutput, looseObject, nullish } from "valibot";
import { issueMessage } from "./issueMessage.ts";
import type { OpenString } from "./OpenString.ts";
import { maybeNumber } from "./responseFields.ts";
import { StoredOrderSchema } from "./StoredOrderSchema.ts";

/**
 * Links to a page's neighbours, in either of the two shapes clients accept: a list of
 * `{ rel, href }` or an object `{ next, previous }`. Hrefs are absolute URLs.
 */
export type PageLinks =
  | { rel: OpenString<"next" | "previous">; href: string; [key: string]: unknown }[]
  | { next?: string | null; previous?: string | null; [key: string]: unknown };

const isTextOrNothing = (value: unknown) => value == null || typeof value === "string";

// A hand-written check instead of a valibot union keeps the bundle small; links are kept as sent.
const isPageLinks = (links: unknown): boolean =>
  Array.isArray(links)
    ? links.every((link) => typeof link?.rel === "string" && typeof link.href === "string")
    : typeof links === "object" &&
      isTextOrNothing((links as { next?: unknown }).next) &&
      isTextOrNothing((links as { previous?: unknown }).previous);

/**
 * The schema of one page of a contact's orders (`GET /api/v3/orders?contactId=…`): the
 * `items`, paging numbers and `links` to the next and previous pages, either as a list
 * `[{ rel: "next", href }]` or as an object `{ next, previous }`. A link is absent (or `null`)
 * when there is no such page.
 */
export const ContactOrdersPageSchema = /* @__PURE__ */ looseObject(
  {
    items: /* @__PURE__ */ array(StoredOrderSchema, issueMessage),
    offset: maybeNumber,
    count: maybeNumber,
    totalCount: maybeNumber,
    links: /* @__PURE__ */ nullish(
      /* @__PURE__ */ custom<PageLinks>(
        isPageLinks,
        "must be a list of { rel, href } links or an object { next, previous } of URLs",
      ),
    ),
  },
  issueMessage,
);

/** One page of a contact's orders. */
export type ContactOrdersPage = InferOutput<typeof ContactOrdersPageSchema>;
