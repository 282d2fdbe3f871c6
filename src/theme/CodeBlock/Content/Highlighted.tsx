/**
 * The highlighted code block, in its own chunk (see ./index.tsx). Adds the site's
 * extra Prism languages (themeConfig.prism.additionalLanguages) when the chunk is
 * first evaluated, which theme-classic otherwise does on every page.
 */
import type { ReactNode } from 'react';
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlockContent from '@theme-original/CodeBlock/Content';
import type { Props } from '@theme/CodeBlock/Content';

prismIncludeLanguages(Prism);

export default CodeBlockContent as (props: Props) => ReactNode;
