/**
 * The HTML page template (siteConfig.ssrTemplate): Docusaurus's own, except for how the
 * two entry scripts (runtime and main, ~125 KB gzip) are loaded.
 *
 * Docusaurus puts them in <head> as `<script defer>`, so they are requested as soon as the
 * HTML arrives and share a slow connection with the stylesheet, fonts and the text the
 * reader came for. Here a small inline script at the end of <body> requests them right
 * after the first paint (the next task after an animation frame, or after 200 ms in a
 * tab that does not paint), in order (`async = false`). The page is readable without
 * them; they only hydrate it: links, search and widgets start working one round trip
 * later than before, the text appears sooner. Measured with Lighthouse's phone profile
 * (BENCHMARKS.md), the largest paint no longer waits for main.js.
 *
 * tests/e2e/page-weight.ts checks that no page requests a script before it has painted.
 */
export const SSR_TEMPLATE = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <script>
      (function (urls) {
        var started = false;
        function load() {
          if (started) return;
          started = true;
          urls.forEach(function (url) {
            var s = document.createElement('script');
            s.src = url;
            s.async = false;
            document.head.appendChild(s);
          });
        }
        requestAnimationFrame(function () { setTimeout(load, 0); });
        setTimeout(load, 200);
      })([<% it.scripts.forEach((script, i) => { %><%= i ? ',' : '' %>"<%= it.baseUrl %><%= script %>"<% }); %>]);
    </script>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
