/** The two-peaked teacher of the KlDirection widget (also used by its browser test). */
export const KL_DIRECTION_TEACHER = [
  { weight: 1, mu: -2.5, sigma: 0.8 },
  { weight: 1, mu: 2.5, sigma: 0.8 },
] as const;
