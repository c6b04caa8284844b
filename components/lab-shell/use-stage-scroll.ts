'use client';

import { useEffect, useRef, type RefObject } from 'react';
import { useStageLayout } from './lab-panel';

/**
 * On a slide a run brings its results up: the lab (which scrolls inside itself there) scrolls
 * to `target` as a run starts and again as it ends (its result may have a layout of its own).
 * Nothing moves before the first run, nor on the reading page.
 */
export function useStageScroll(target: RefObject<HTMLElement | null>, running: boolean) {
  const stage = useStageLayout();
  const ran = useRef(false);
  useEffect(() => {
    const line = target.current;
    const lab = line?.closest<HTMLElement>('[data-stage]');
    ran.current ||= running;
    if (!stage || !ran.current || !line || !lab) return;
    // Screen distances, turned into the lab's own pixels (the slide is scaled).
    const scale = lab.getBoundingClientRect().height / lab.offsetHeight || 1;
    const below = line.getBoundingClientRect().top - lab.getBoundingClientRect().top;
    lab.scrollTop += below / scale - 8;
  }, [target, stage, running]);
}
