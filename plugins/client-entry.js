/**
 * Stands in for @docusaurus/core's client/clientEntry.js in the browser bundle (see
 * staged-client-entry.ts). Same job: load the current route's chunks and hydrate the page.
 * The one difference: the modules of main.js run in seven tasks instead of one.
 *
 * With static imports, loading main.js runs every module it holds (React DOM, the router,
 * the theme, the client modules, the route table) in one task: about 180 ms with
 * Lighthouse's 4× slower phone CPU, during which a tap waits. In seven, none took more
 * than about 80 ms on /docs/sft. Each `import()` below is "eager": its modules stay in
 * main.js (no extra request) but run only when it is called, and between the stages the
 * browser gets a task of its own (a paint, a tap, a key).
 */
import React, { startTransition } from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

const hydrate = Boolean(process.env.HYDRATE_CLIENT_ENTRY);

/** Resolves in a new task (a message to ourselves: unlike setTimeout, never clamped to 4 ms). */
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Marks where each stage starts (in the browser's performance timeline; tested). */
const stage = (name) => performance.mark(`client-entry:${name}`);

async function start() {
  // 0. main.js itself has just been compiled and run (React, the webpack runtime).
  stage('main');
  await nextTask();
  // 1. The route table.
  stage('routes');
  const [{ default: preload }, { default: docusaurus }] = await Promise.all([
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/preload'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/docusaurus'),
  ]);
  window.docusaurus = docusaurus;
  await nextTask();
  // 2. The current route's chunks start downloading while the rest runs (inserting their
  // script elements and matching the route is as much work as building the table).
  stage('preload');
  const routeLoaded = preload(window.location.pathname);
  await nextTask();
  // 3. React DOM, the largest single module.
  stage('react-dom');
  const { default: ReactDOM } = await import(/* webpackMode: "eager" */ 'react-dom/client');
  await nextTask();
  // 4. The router and the document head manager.
  stage('router');
  const [{ HelmetProvider }, { BrowserRouter, HashRouter }] = await Promise.all([
    import(/* webpackMode: "eager" */ 'react-helmet-async'),
    import(/* webpackMode: "eager" */ 'react-router-dom'),
  ]);
  await nextTask();
  // 5. The app: providers, theme, client modules.
  stage('app');
  const [{ default: siteConfig }, { default: App }] = await Promise.all([
    import(/* webpackMode: "eager" */ '@generated/docusaurus.config'),
    import(/* webpackMode: "eager" */ '@docusaurus/core/lib/client/App'),
  ]);
  await nextTask();
  // 6. As @docusaurus/core's entry from here on.
  await routeLoaded;
  stage('hydrate');
  const Router = siteConfig.future.experimental_router === 'hash' ? HashRouter : BrowserRouter;
  const app = React.createElement(HelmetProvider, null, React.createElement(Router, null, React.createElement(App)));
  const onRecoverableError = (error, errorInfo) => {
    console.error('Docusaurus React Root onRecoverableError:', error, errorInfo);
  };
  startTransition(() => {
    if (window.docusaurusRoot) {
      window.docusaurusRoot.render(app);
    } else if (hydrate) {
      window.docusaurusRoot = ReactDOM.hydrateRoot(document.getElementById('__docusaurus'), app, {
        onRecoverableError,
      });
    } else {
      const root = ReactDOM.createRoot(document.getElementById('__docusaurus'), { onRecoverableError });
      root.render(app);
      window.docusaurusRoot = root;
    }
  });
}

if (ExecutionEnvironment.canUseDOM) {
  void start();
  // Webpack hot module replacement: the entry accepts itself (as Docusaurus's does).
  if (module.hot) module.hot.accept();
}
