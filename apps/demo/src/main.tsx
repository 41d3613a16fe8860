import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.tsx";
import "./styles/base.css";
import "./styles/layout.css";
import "./styles/forms.css";
import "./styles/lists.css";
import "./styles/jobs.css";
import "./styles/panels.css";

const container = document.getElementById("root");
if (!container) throw new Error("The page has no #root element.");
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
