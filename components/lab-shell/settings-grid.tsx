'use client';

import type { RunFailure } from '@/lib/experiments/runs-state';
import { SettingsFields, type SettingField } from './settings-fields';

/** The settings as typed, how to change one, and whether a run is under way (a lab's hooks give these). */
interface SettingsState<K extends string> {
  settings: Readonly<Record<K, string>>;
  update: (key: K, value: string) => void;
  busy: boolean;
}

/**
 * A lab's settings fields laid out in a grid (three across unless `className` says otherwise),
 * all disabled while a run is under way, with the server's reasons of the last failure.
 */
export function SettingsGrid<K extends string>({
  state: { settings, update, busy },
  fields,
  failure,
  idPrefix,
  className = 'mt-4 grid grid-cols-3 gap-x-3 gap-y-3',
}: {
  state: SettingsState<K>;
  fields: readonly SettingField<K>[];
  failure: RunFailure | null;
  idPrefix: string;
  className?: string;
}) {
  return (
    <fieldset disabled={busy} className={className}>
      <legend className="sr-only">Experiment settings</legend>
      <SettingsFields
        fields={fields}
        values={settings}
        issues={failure?.issues ?? []}
        onChange={update}
        idPrefix={idPrefix}
      />
    </fieldset>
  );
}
