import type { ReactNode } from 'react';

/** The list of sources that ends every section; smaller type, links allowed to wrap. */
export function Sources({ children }: { children: ReactNode }) {
  return (
    <div className="text-sm [overflow-wrap:anywhere] [&_li]:my-1" data-sources>
      {children}
    </div>
  );
}
