// Barrel of the sft stage: filled in as its functions land.
export {};
