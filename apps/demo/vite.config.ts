import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defaultServerConditions, defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

// Workspace packages are read through their `@engage-orders/source` export condition (a name of our own, so a consumer whose tsconfig sets `customConditions: ["source"]` never reads our sources), so the demo runs on a
// fresh clone without building them first (like the tests do).
export default defineConfig({
  root,
  plugins: [react()],
  resolve: { conditions: ["@engage-orders/source", ...defaultClientConditions] },
  ssr: { resolve: { conditions: ["@engage-orders/source", ...defaultServerConditions] } },
  // Pre-bundled at start, so the first page load never triggers a re-optimization reload.
  optimizeDeps: {
    entries: ["index.html"],
    include: [
      "react",
      "react/jsx-dev-runtime",
      "react-dom/client",
      "swr",
      "swr/infinite",
      "swr/mutation",
      "swr/subscription",
      "valibot",
    ],
  },
  build: { outDir: "dist", emptyOutDir: true },
  logLevel: "warn",
});
