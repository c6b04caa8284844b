'use client';

import type { ReactNode } from 'react';
import type { RunFailure } from '@/lib/experiments/runs-state';
import { LabSettings, RunFailureAlert } from './lab-panel';
import { lastRun } from './lab-variants';
import { RunButtonRow, type RunButton } from './run-button-row';
import type { SettingsFormProps } from './settings-form-parts';

/** A lab's settings as useUrlSettings keeps them. */
interface UrlSettings<K extends string> {
  settings: Readonly<Record<K, string>>;
  update: (key: K, value: string) => void;
  reset: () => void;
}

/** The parts of a lab's runs (useExperimentRuns) this section uses. */
interface LabRuns<Run> {
  runs: readonly (Run & { status: string; error: RunFailure | null })[];
  busy: boolean;
  cancel: () => void;
  showRecording: (recorded: Run[]) => void;
}

/**
 * What a lab with its own run buttons shows between its question and its lesson: the settings
 * (folded into one line on a slide), the buttons, the line that says what runs or how the last
 * run ended, the last run's failure (with the lab's shipped recording to look at instead), then
 * the lab's results (`children`). The lab supplies its form, its buttons, its status line and
 * its results; the wiring (the form's values and the server's 400 reasons, everything disabled
 * while a run goes, Cancel or Reset settings) is the same in every such lab.
 */
export function LabRunSection<K extends string, Run>({
  url,
  experiment,
  recorded,
  idPrefix,
  form,
  buttons,
  status,
  children,
}: {
  url: UrlSettings<K>;
  experiment: LabRuns<Run>;
  /** The lab's shipped runs, offered when the server cannot be reached. */
  recorded: () => Run[];
  idPrefix: string;
  form: (props: SettingsFormProps<K>) => ReactNode;
  buttons: readonly RunButton[];
  status: ReactNode;
  children?: ReactNode;
}) {
  const { busy } = experiment;
  const { failure } = lastRun(experiment.runs, busy);
  return (
    <>
      <LabSettings values={url.settings}>
        <div className="mt-4">
          {form({
            settings: url.settings,
            issues: failure?.issues ?? [],
            disabled: busy,
            onChange: url.update,
            idPrefix,
          })}
        </div>
      </LabSettings>
      <RunButtonRow
        buttons={buttons}
        busy={busy}
        onCancel={experiment.cancel}
        onReset={url.reset}
      />
      {status}
      {failure ? (
        <RunFailureAlert
          failure={failure}
          onShowRecording={() => experiment.showRecording(recorded())}
        />
      ) : null}
      {children}
    </>
  );
}
