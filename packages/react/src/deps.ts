// Every value the package takes from its dependencies comes through this module, so what the
// hooks need from the core, React and SWR is listed in one place. The core and React come as
// namespaces (`core.getOrder`, `react.useEffect`); bundlers tree-shake static namespace member
// reads. Types are imported from the packages directly.
import * as core from "@engage-orders/core";
import * as react from "react";

export { default as useSWR } from "swr";
export { default as useSWRInfinite } from "swr/infinite";
export { default as useSWRMutation } from "swr/mutation";
export { core, react };
