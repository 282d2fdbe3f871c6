/**
 * Stands in for @docusaurus/core's client/renderToHtml.js in the server bundle (see
 * whole-html.ts). Same job: render the page to a string once everything is ready. The one
 * difference is `progressiveChunkSize: Infinity`. Since React 19.2, a Suspense boundary
 * whose HTML is large is otherwise "outlined": the page ships its fallback in place and the
 * real content in a hidden <div> at the end, swapped in by an inline script. A reader
 * without JavaScript, a crawler and the search indexer would see an empty article.
 * (react/react issues 34966 and 35460.)
 */
import { PassThrough } from 'node:stream';
import { text } from 'node:stream/consumers';
import { renderToPipeableStream } from 'react-dom/server';

export async function renderToHtml(app) {
  return new Promise((resolve, reject) => {
    const passThrough = new PassThrough();
    const { pipe } = renderToPipeableStream(app, {
      progressiveChunkSize: Infinity,
      onError: reject,
      onAllReady() {
        pipe(passThrough);
        text(passThrough).then(resolve, reject);
      },
    });
  });
}
