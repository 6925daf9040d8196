import { useId } from 'react';
import { useMessages } from '../../../i18n/messages-context';
import type { TopicMatchMode } from '../utils/view-state';

interface Props {
  mode: TopicMatchMode;
  onChange: (mode: TopicMatchMode) => void;
}

/** Whether a publication needs one of the selected topics or all of them. */
export function MatchModeSwitch({ mode, onChange }: Props) {
  const t = useMessages();
  const name = useId();
  const options: [TopicMatchMode, string][] = [
    ['any', t.match.any],
    ['all', t.match.all],
  ];
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-2">
      <legend className="float-left mr-1 text-sm text-slate-600 dark:text-slate-400">{t.match.legend}</legend>
      <div className="inline-flex rounded-lg border border-slate-300 p-0.5 dark:border-slate-700">
        {options.map(([value, label]) => (
          <label
            key={value}
            className="relative cursor-pointer rounded-md px-2.5 py-1.5 text-center text-sm text-slate-700 has-checked:bg-slate-800 has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-indigo-600 dark:text-slate-300 dark:has-checked:bg-slate-200 dark:has-checked:text-slate-950 dark:has-focus-visible:outline-indigo-300"
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={mode === value}
              onChange={() => onChange(value)}
              className="sr-only"
            />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
