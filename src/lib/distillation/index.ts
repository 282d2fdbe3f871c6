// Barrel of the distillation stage (chapter: knowledge distillation).
export {
  distillationLoss,
  distillationTerms,
  type DistillationConfig,
  type DistillationTerms,
} from './distillation-loss';
export { generalizedJsd, generalizedJsdRows, type GeneralizedJsdConfig } from './generalized-jsd';
export { darkKnowledge, type DarkKnowledge, type DarkKnowledgePoint } from './dark-knowledge';
export { type KlFitEvaluation, type KlFitObjective } from './kl-fit-objective';
export {
  createKlFit,
  klFitLossAt,
  klFitSteps,
  type KlFitChunk,
  type KlFitConfig,
  type KlFitState,
  type KlFitStepOptions,
} from './kl-fit';
