/**
 * The math core's public barrel (shared/spec/math-core.md): every function a widget
 * computes with is exported here by name. One folder per training stage.
 */
export * from './core';
export { createRng, type Rng } from './random';
export * from './data';
export * from './pretraining';
export * from './sft';
export * from './reward';
export * from './alignment';
export * from './distillation';
export * from './evaluation';
