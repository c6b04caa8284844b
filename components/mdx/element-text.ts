import { isValidElement, type ReactNode } from 'react';

/** The text a React element tree would render (the code of a listing, a title's words). */
export const textOf = (node: ReactNode): string =>
  typeof node === 'string' || typeof node === 'number'
    ? String(node)
    : Array.isArray(node)
      ? node.map(textOf).join('')
      : isValidElement<{ children?: ReactNode }>(node)
        ? textOf(node.props.children)
        : '';
