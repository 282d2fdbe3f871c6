/**
 * Property tests run with a fixed seed so that `npm test` gives the same verdict on
 * every run and machine. To explore new random cases, run with FC_SEED=random (or a
 * number): a failure prints its seed and counterexample, which then becomes a test.
 */
import fc from 'fast-check';

const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed ? Number(seed) : 20261122 });
