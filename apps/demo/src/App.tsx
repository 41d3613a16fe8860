/** The orders admin. */
export function App() {
  return <h1>Orders</h1>;
}
