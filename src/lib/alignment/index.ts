// Barrel of the alignment stage: filled in as its functions land.
export {};
