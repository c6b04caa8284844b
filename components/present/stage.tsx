'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { CANVAS, type Size } from '@/lib/present/canvas';
import { stageTransform } from '@/lib/present/fit';

/**
 * A 16:9 canvas of fixed logical size (lib/present/canvas.ts), scaled with a CSS transform to
 * the largest size that fits this element and centred in it. The element sets the size;
 * nothing inside ever scrolls the page.
 */
export function Stage({
  children,
  className = '',
  align = 'center',
  canvasClassName = '',
}: {
  children: ReactNode;
  className?: string;
  /** Where a letterboxed canvas sits: centred (a screen) or at the top (the presenter's column). */
  align?: 'center' | 'top';
  canvasClassName?: string;
}) {
  const [box, setBox] = useState<Size | null>(null);
  const ref = useCallback((node: HTMLDivElement | null) => {
    if (!node) return;
    const observer = new ResizeObserver(([entry]) =>
      setBox({ width: entry.contentRect.width, height: entry.contentRect.height }),
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  const fitted = box ? stageTransform(box, CANVAS) : null;
  const transform = fitted && align === 'top' ? { ...fitted, y: 0 } : fitted;
  return (
    <div ref={ref} className={`relative overflow-hidden ${className}`}>
      <div
        className={`absolute top-0 left-0 origin-top-left ${canvasClassName}`}
        style={{
          width: CANVAS.width,
          height: CANVAS.height,
          transform: transform
            ? `translate(${transform.x}px, ${transform.y}px) scale(${transform.scale})`
            : undefined,
          // Unmeasured, the canvas would flash at its logical size. (Not visibility: hidden,
          // which would refuse focus to the slide.)
          opacity: transform && transform.scale > 0 ? undefined : 0,
        }}
      >
        {children}
      </div>
    </div>
  );
}
