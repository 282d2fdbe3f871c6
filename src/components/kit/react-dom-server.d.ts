/**
 * The one react-dom/server function the kit's unit tests use (the project has no @types/react-dom;
 * delete this file if it is ever added).
 */
declare module 'react-dom/server' {
  export function renderToStaticMarkup(element: import('react').ReactNode): string;
}
