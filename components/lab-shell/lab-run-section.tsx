'use client';

import type { ReactNode } from 'react';
import type { RunFailure } from '@/lib/experiments/runs-state';
import { LabSettings, RunFailureAlert } from './lab-panel';
import { RunButtonRow, type RunButton } from './run-button-row';
import type { SettingsFormProps } from './settings-form-parts';

/**
 * What a lab with its own run buttons shows between its question and its lesson: the settings
 * (folded into one line on a slide), the buttons, the line that says what runs or how the last
 * run ended, a failure (with a shipped recording to look at instead), then the lab's results
 * (`children`). The lab supplies its form, its buttons, its status line and its results; the
 * wiring of the form (values, the server's 400 reasons, disabled while a run goes) is the same
 * in every such lab.
 */
export function LabRunSection<K extends string>({
  settings,
  onChange,
  idPrefix,
  form,
  busy,
  buttons,
  onCancel,
  onReset,
  status,
  failure,
  onShowRecording,
  children,
}: {
  settings: Readonly<Record<K, string>>;
  onChange: (key: K, value: string) => void;
  idPrefix: string;
  form: (props: SettingsFormProps<K>) => ReactNode;
  busy: boolean;
  buttons: readonly RunButton[];
  onCancel: () => void;
  onReset: () => void;
  status: ReactNode;
  failure: RunFailure | null;
  onShowRecording: () => void;
  children?: ReactNode;
}) {
  return (
    <>
      <LabSettings values={settings}>
        <div className="mt-4">
          {form({ settings, issues: failure?.issues ?? [], disabled: busy, onChange, idPrefix })}
        </div>
      </LabSettings>
      <RunButtonRow buttons={buttons} busy={busy} onCancel={onCancel} onReset={onReset} />
      {status}
      {failure ? <RunFailureAlert failure={failure} onShowRecording={onShowRecording} /> : null}
      {children}
    </>
  );
}
