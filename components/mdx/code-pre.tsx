import type { ComponentPropsWithoutRef } from 'react';
import { staticMarkup } from './static-markup';

/**
 * A fenced code block's <pre>. It takes keyboard focus so it can be scrolled without a mouse, and
 * its highlighted lines go out as one HTML string (the same DOM, nothing for React to hydrate).
 * A deck cuts a block's lines before this renders, so slides get their cut as a string too.
 */
export function CodePre({ children, ...props }: ComponentPropsWithoutRef<'pre'>) {
  const html = staticMarkup(children);
  if (html === null)
    return (
      <pre tabIndex={0} {...props}>
        {children}
      </pre>
    );
  return <pre tabIndex={0} {...props} dangerouslySetInnerHTML={{ __html: html }} />;
}
