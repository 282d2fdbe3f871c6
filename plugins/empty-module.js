// Stands in for a module that a plugin removes (see lazy-prism.ts).
export {};
