/** The shape of the docs index published as global data by plugins/docs-index. */

export interface DocsIndexPage {
  title: string;
  /** Explicit heading id → heading text. */
  headings: Record<string, string>;
}

export interface CitingPage {
  /** Route without base URL, e.g. `/docs/reward/bradley-terry`. */
  path: string;
  /** Heading id of the section where the key is first cited, if any. */
  section?: string;
}

export interface DocsIndex {
  pages: Record<string, DocsIndexPage>;
  citations: Record<string, CitingPage[]>;
}
