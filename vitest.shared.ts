import { defaultClientConditions, defaultServerConditions } from "vite";

/**
 * The resolve settings every test project uses: workspace packages are read through their
 * `source` export condition, so tests run against `src` without a build.
 */
export const readSourceOfWorkspacePackages = {
  resolve: { conditions: ["source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["source", ...defaultServerConditions] } },
};
