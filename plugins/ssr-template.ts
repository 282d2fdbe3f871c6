/**
 * The HTML page template (siteConfig.ssrTemplate): Docusaurus's own
 * (@docusaurus/core/lib/ssg/ssgTemplate.html.js), except for how the two entry scripts
 * (runtime and main, ~130 KB gzip) are loaded.
 *
 * Docusaurus puts them in <head> as `<script defer>`. They are then requested while the
 * page is parsed, share a slow connection with the stylesheets, and on a fast one have
 * arrived by the end of parsing and run (main.js: ~60 ms here, four times that on a slow
 * phone) before the browser has painted anything, so the text the reader came for waits
 * for code that only makes it interactive. Here a small inline script at the end of
 * <body> requests them right after the first paint (in the task after the next animation
 * frame, or after 200 ms in a tab that does not paint), in order (`async = false`).
 *
 * The cost: links, search and widgets start working one round trip later. Preloading the
 * scripts from <head> and only running them late was tried: Lighthouse then counts the
 * download in the largest paint again (and at the preload's default high priority, in the
 * first paint too). Measured with Lighthouse's phone profile on four chapter pages, the
 * largest paint went from 2.3–2.7 s to 1.1–1.8 s; see README "Performance benchmark".
 *
 * tests/e2e/page-weight.e2e.ts checks every built page's HTML for this, and in the
 * browser that main.js is requested only after the first frame.
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
        function run() {
          if (started) return;
          started = true;
          urls.forEach(function (url) {
            var s = document.createElement('script');
            s.src = url;
            s.async = false;
            document.head.appendChild(s);
          });
        }
        requestAnimationFrame(function () { setTimeout(run, 0); });
        setTimeout(run, 200);
      })([<% it.scripts.forEach((script, i) => { %><%= i ? ',' : '' %>"<%= it.baseUrl %><%= script %>"<% }); %>]);
    </script>
    <%~ it.postBodyTags %>
  </body>
</html>
`;
