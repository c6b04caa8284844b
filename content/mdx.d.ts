// Section modules also export what lib/mdx/remark-section.mjs adds.
declare module '*.mdx' {
  import type { ComponentType } from 'react';
  import type { MDXComponents } from 'mdx/types';
  const MDXContent: ComponentType<{ components?: MDXComponents }>;
  export default MDXContent;
  export const toc: { depth: 2 | 3; id: string; title: string }[];
  export const slides: { id: string; title: string }[];
}
