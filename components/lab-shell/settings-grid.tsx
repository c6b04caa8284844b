'use client';

import type { ComponentProps } from 'react';
import { SettingsFields } from './settings-fields';

/** A lab's settings fields laid out in a grid, all disabled while a run is under way. */
export function SettingsGrid<K extends string>({
  disabled,
  className,
  ...fields
}: ComponentProps<typeof SettingsFields<K>> & { disabled: boolean; className: string }) {
  return (
    <fieldset disabled={disabled} className={className}>
      <legend className="sr-only">Experiment settings</legend>
      <SettingsFields {...fields} />
    </fieldset>
  );
}
