import type { ComponentPropsWithoutRef } from 'react';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

const levels = {
  h2: 'h2',
  h3: 'h3',
} as const;

/** An h2/h3 whose id (set at build time by remark-section) gets a visible permalink. */
function makeHeading(level: keyof typeof levels) {
  const Tag = levels[level];
  function Heading({ id, children, className, ...rest }: HeadingProps) {
    return (
      <Tag id={id} className={`group scroll-mt-20 ${className ?? ''}`} {...rest}>
        {children}
        {id ? (
          <a href={`#${id}`} aria-label="Link to this heading" className="heading-anchor">
            #
          </a>
        ) : null}
      </Tag>
    );
  }
  Heading.displayName = `Heading(${level})`;
  return Heading;
}

export const H2 = makeHeading('h2');
export const H3 = makeHeading('h3');
