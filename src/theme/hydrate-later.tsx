/**
 * Wraps a theme component in its own Suspense boundary. On the first load React hydrates
 * a server-rendered boundary after the page's shell, at low priority and in slices that
 * give the browser back control every few milliseconds, instead of hydrating the whole
 * page in one long task (hundreds of ms on a phone, during which taps wait). Nothing in
 * these components suspends, so the fallback is never shown; a tap on a part not yet
 * hydrated makes React hydrate that part at once. plugins/whole-html.ts keeps the server
 * HTML of each boundary in place.
 */
import React, { Suspense, type ComponentType, type ReactNode } from 'react';

export default function hydrateLater<P extends object>(Component: ComponentType<P>, name: string) {
  function HydrateLater(props: P): ReactNode {
    return (
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    );
  }
  HydrateLater.displayName = `HydrateLater(${name})`;
  return HydrateLater;
}
