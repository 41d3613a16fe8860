// Every value the package takes from its dependencies comes through this module. The core and
// React come as namespaces (`core.getOrder`, `react.useEffect`), so a bundle names each
// function once where it is called instead of also in an import list: the hooks' own code
// has a 1500 B (min+gz) budget. Bundlers tree-shake static namespace member reads. Types are
// imported from the packages directly.
import * as core from "@engage-orders/core";
import * as react from "react";

export { default as useSWR } from "swr";
export { default as useSWRInfinite } from "swr/infinite";
export { default as useSWRMutation } from "swr/mutation";
export { core, react };
