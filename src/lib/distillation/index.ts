// Barrel of the distillation stage: filled in as its functions land.
export {};
