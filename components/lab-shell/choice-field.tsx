'use client';

/** One option of a ChoiceField: its value, name, and a line saying what it means. */
export interface Choice {
  value: string;
  label: string;
  hint: string;
}

/**
 * A lab knob with a few named options, as radio buttons (arrow keys move between them). The
 * server's 400 reason for it, if any, shows below.
 */
export function ChoiceField({
  name,
  legend,
  choices,
  value,
  onChange,
  problem = null,
}: {
  /** Unique on the page: the radio group's name. */
  name: string;
  legend: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
  problem?: string | null;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{legend}</legend>
      <div className="mt-1 flex flex-col gap-1">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="flex items-start gap-2 text-sm text-zinc-800 dark:text-zinc-200"
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              className="mt-1 accent-indigo-700 dark:accent-indigo-400"
            />
            <span>
              {choice.label}
              <span className="block text-[11px] leading-tight text-zinc-500 dark:text-zinc-400">
                {choice.hint}
              </span>
            </span>
          </label>
        ))}
      </div>
      {problem ? (
        <p className="mt-0.5 text-[11px] leading-tight text-rose-700 dark:text-rose-300">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
