// Barrel of the pretraining stage: filled in as its functions land.
export {};
