/**
 * The code block with its highlighter, in its own chunk (see ./index.tsx). Adds the
 * site's extra Prism languages (themeConfig.prism.additionalLanguages) when the chunk
 * is first evaluated, which theme-classic otherwise does on every page.
 */
import type { ReactNode } from 'react';
import { Prism } from 'prism-react-renderer';
import prismIncludeLanguages from '@theme/prism-include-languages';
import CodeBlock from '@theme-original/CodeBlock';
import type { Props } from '@theme/CodeBlock';

prismIncludeLanguages(Prism);

export default CodeBlock as (props: Props) => ReactNode;
