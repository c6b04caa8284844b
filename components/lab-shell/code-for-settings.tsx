'use client';

import { useState, type ReactNode } from 'react';
import { CodeThatRan } from './code-that-ran';

/**
 * "Code that ran" for a lab whose settings pick the code (engine × kind, say): the tab follows
 * the settings, and a tab the reader picks by hand stays until the settings change again.
 */
export function CodeForSettings<V extends string>({
  labels,
  code,
  current,
  note,
}: {
  /** Each tab's name, in the order the tabs stand. */
  labels: Readonly<Record<V, string>>;
  code: Readonly<Record<V, ReactNode>>;
  /** The tab the settings point at now. */
  current: V;
  note?: ReactNode;
}) {
  const [picked, setPicked] = useState<{ key: V; under: V } | null>(null);
  return (
    <CodeThatRan
      tabs={(Object.keys(labels) as V[]).map((id) => ({ id, label: labels[id], code: code[id] }))}
      selected={picked?.under === current ? picked.key : current}
      onSelect={(key) => setPicked({ key, under: current })}
      note={note}
    />
  );
}
