/**
 * The search results page of @easyops-cn/docusaurus-search-local, with its query box
 * named in the page's language once the page is hydrated: the plugin labels it "Search"
 * in every language, also in the server HTML (tests/e2e/search.e2e.ts checks the result).
 */
import React, { useLayoutEffect, type ReactNode } from 'react';
import SearchPage from '@theme-original/SearchPage';
import { translate } from '@docusaurus/Translate';

export default function SearchPageWrapper(props: Record<string, unknown>): ReactNode {
  useLayoutEffect(() => {
    const label = translate({ id: 'theme.SearchBar.label', message: 'Search' });
    document.querySelector('input[type="search"][name="q"]')?.setAttribute('aria-label', label);
  }, []);
  return <SearchPage {...props} />;
}
