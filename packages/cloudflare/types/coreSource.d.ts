// The core is type-checked from its source here, against the Workers types. The core reads
// `globalThis.location` (a page's address, absent in a Worker), which the Workers types do
// not declare.
declare var location: { href: string } | undefined;
