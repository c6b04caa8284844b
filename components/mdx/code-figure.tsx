import {
  Children,
  isValidElement,
  type ComponentPropsWithoutRef,
  type ReactElement,
  type ReactNode,
} from 'react';
import { CodeActions } from './code-actions';
import { textOf } from './element-text';

const LANGUAGES: Record<string, string> = {
  python: 'Python',
  py: 'Python',
  shell: 'Shell',
  bash: 'Shell',
  sh: 'Shell',
  js: 'JavaScript',
  ts: 'TypeScript',
  tsx: 'TSX',
  json: 'JSON',
  toml: 'TOML',
  text: 'Text',
};

type Props = Record<string, unknown> & { children?: ReactNode };

const isTitle = (node: ReactNode): node is ReactElement<Props> =>
  isValidElement<Props>(node) && 'data-rehype-pretty-code-title' in node.props;

const bar =
  'flex items-center justify-between gap-3 rounded-t-lg border border-b-0 border-zinc-200 bg-zinc-100/80 px-3 py-1 font-mono text-xs text-zinc-700 dark:border-zinc-800 dark:bg-zinc-900 dark:text-zinc-300';

/**
 * A fenced code block as rehype-pretty-code wraps it (<figure> holding an optional title and the
 * <pre>): a title bar with the file name given by ```python title="…"``` (or the language), and
 * Copy and Download buttons. Other figures render unchanged.
 */
export function CodeFigure({ children, ...props }: ComponentPropsWithoutRef<'figure'>) {
  if (!('data-rehype-pretty-code-figure' in props)) return <figure {...props}>{children}</figure>;
  const parts = Children.toArray(children);
  const title = parts.find(isTitle);
  const pre = parts.filter((part) => part !== title);
  const name = title ? textOf(title.props.children).trim() : undefined;
  const language = pre
    .map((part) => (isValidElement<Props>(part) ? part.props['data-language'] : undefined))
    .find(Boolean);
  const label = typeof language === 'string' ? (LANGUAGES[language] ?? language) : '';
  return (
    <figure {...props} className="code-figure my-6">
      {name ? (
        <figcaption className={bar}>
          <span className="min-w-0 truncate">{name}</span>
          <CodeActions name={name} downloadable={language === 'python'} />
        </figcaption>
      ) : (
        <div className={bar}>
          <span className="font-sans text-zinc-600 dark:text-zinc-400">{label}</span>
          <CodeActions />
        </div>
      )}
      {pre}
    </figure>
  );
}
