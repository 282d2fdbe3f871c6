// Barrel of the data stage: filled in as its functions land.
export {};
