// Barrel of the reward stage: filled in as its functions land.
export {};
