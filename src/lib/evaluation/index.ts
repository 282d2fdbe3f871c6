// Barrel of the evaluation stage: filled in as its functions land.
export {};
