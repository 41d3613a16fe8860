import { defaultClientConditions, defaultServerConditions } from "vite";

/**
 * The resolve settings every test project uses: workspace packages are read through their
 * `@engage-orders/source` export condition (a name of our own, so a consumer whose tsconfig sets `customConditions: ["source"]` never reads our sources), so tests run against `src` without a build.
 */
export const readSourceOfWorkspacePackages = {
  resolve: { conditions: ["@engage-orders/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@engage-orders/source", ...defaultServerConditions] } },
};
