// The one line a folded lab's settings show on a slide, worded with the fields' own labels
// ("Requests 10 · Delay 200 ms · Engine CPython"), read from the form the line folds.

import { labelOfKey, settingPhrase } from '@/lib/experiments/setting-phrase';

/**
 * The label of setting `key` in `form` and the words for `value`: a field named `key` and its
 * <label>, or a radio group named `…-key`, its legend and the chosen option's name.
 */
function fieldWords(
  form: ParentNode,
  key: string,
  value: string,
): { label: string; value: string } {
  const control = form.querySelector<HTMLInputElement>(
    `input[name="${key}"], select[name="${key}"], input[type="radio"][name$="-${key}"]`,
  );
  if (!control) return { label: labelOfKey(key), value };
  if (control.type === 'radio') {
    const legend = control.closest('fieldset')?.querySelector('legend')?.textContent;
    const option = form.querySelector(
      `input[type="radio"][name="${control.name}"][value="${CSS.escape(value)}"]`,
    );
    // A ChoiceField's option: its name, then its hint in a nested element.
    const name = option?.closest('label')?.querySelector('span')?.firstChild?.textContent;
    return { label: legend?.trim() || labelOfKey(key), value: name?.trim() || value };
  }
  const label = control.labels?.[0]?.textContent?.trim();
  return { label: label || labelOfKey(key), value };
}

/** The whole line for `values` (empty values left out), worded from the fields in `form`. */
export function settingsSummary(form: ParentNode, values: Readonly<Record<string, string>>) {
  return Object.entries(values)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => {
      const words = fieldWords(form, key, value);
      return settingPhrase(words.label, words.value);
    })
    .join(' · ');
}
