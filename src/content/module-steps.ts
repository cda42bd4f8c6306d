// The coach build's modules, one evaluation step each, leaves first (the order ES modules evaluate in). The extension
// build replaces this file with the generated list (vite.config.ts); unbundled (tests), there is nothing to step through.
export const MODULE_STEPS: ReadonlyArray<() => unknown> = [];
