'use client';

import type { ExperimentIssue } from '@/lib/client/stream-experiment';
import { ChoiceField, type Choice } from './choice-field';
import { SettingsFields, type SettingField } from './settings-fields';

/**
 * What a lab's settings form gets from its panel (LabRunSection hands it over): the values,
 * the server's 400 reasons, whether a run is going, where a change goes, and a page-unique
 * prefix for the inputs' ids.
 */
export interface SettingsFormProps<K extends string> {
  settings: Readonly<Record<K, string>>;
  issues: readonly ExperimentIssue[];
  disabled: boolean;
  onChange: (key: K, value: string) => void;
  idPrefix: string;
}

/** The server's 400 reason for one setting, or null. */
export function issueFor(issues: readonly ExperimentIssue[], key: string): string | null {
  return issues.find((issue) => issue.path === key)?.message ?? null;
}

/** A setting with a few named options: which one, the legend over it, and the options. */
export interface ChoiceSetting<K extends string> {
  setting: K;
  legend: string;
  choices: readonly Choice[];
}

/** The form's settings with named options, as radio buttons each (ChoiceField), wired to the form. */
export function SettingChoices<K extends string>({
  form,
  fields,
}: {
  form: SettingsFormProps<K>;
  fields: readonly ChoiceSetting<K>[];
}) {
  return fields.map(({ setting, legend, choices }) => (
    <ChoiceField
      key={setting}
      name={`${form.idPrefix}-${setting}`}
      legend={legend}
      choices={choices}
      value={form.settings[setting]}
      onChange={(value) => form.onChange(setting, value)}
      problem={issueFor(form.issues, setting)}
    />
  ));
}

/** The form's number (or text) fields, one labelled input each, wired to the form the same way. */
export function SettingNumbers<K extends string>({
  form,
  fields,
}: {
  form: SettingsFormProps<K>;
  fields: readonly SettingField<K>[];
}) {
  return (
    <SettingsFields
      fields={fields}
      values={form.settings}
      issues={form.issues}
      onChange={form.onChange}
      idPrefix={form.idPrefix}
    />
  );
}
