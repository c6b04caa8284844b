'use client';

import { ChoiceField, type Choice } from './choice-field';

/**
 * Which engine runs a lab: the server's CPython (the Python files the page shows) or its
 * Node.js twin. Lists only what the server has; when CPython is missing, says in one line what
 * to install.
 */
export function EngineChoice({
  name,
  choices,
  value,
  onChange,
  disabled,
  missing,
  loading = false,
}: {
  name: string;
  choices: readonly Choice[];
  value: string;
  onChange: (engine: string) => void;
  disabled: boolean;
  missing: string | null;
  /** The server has not said yet which engines it has. */
  loading?: boolean;
}) {
  if (loading) {
    return (
      <p
        className="mt-4 text-xs text-zinc-600 dark:text-zinc-400"
        data-testid="engine-choice"
        role="status"
      >
        Asking the server which engines it has…
      </p>
    );
  }
  return (
    <div className="mt-4" data-testid="engine-choice">
      <fieldset disabled={disabled} className="contents">
        <ChoiceField
          name={name}
          legend="Engine"
          choices={choices}
          value={value}
          onChange={onChange}
        />
      </fieldset>
      {missing ? (
        <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">{missing}</p>
      ) : null}
    </div>
  );
}
