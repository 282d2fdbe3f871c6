/**
 * Inline "6ND" compute for a table cell in the chapter text: the number is computed
 * by src/lib (trainingFlops), so prose tables cannot drift from the tested formula.
 */
import React from 'react';
import { trainingFlops } from '@site/src/lib';
import { Num } from '@site/src/components/kit';

export default function SixND({ params, tokens, digits = 3 }: { params: number; tokens: number; digits?: number }) {
  return <Num value={trainingFlops(params, tokens)} digits={digits} />;
}
