import { useDroppedData } from '../../../data/profile-query';
import type { ProfileSource } from '../../../data/profile-source';
import { useMessages } from '../../../i18n/messages-context';

/**
 * A quiet note for the profile's maintainer when the page left something out of the data (a bad
 * link, a publication without a title…): the count for everyone, the JSON paths on request.
 */
export function DroppedDataNotice({ source }: { source: ProfileSource }) {
  const t = useMessages().profile;
  const { entries, values, problems } = useDroppedData(source);
  return (
    problems.length > 0 && (
      <details className="mt-6 text-sm text-slate-700 dark:text-slate-300">
        <summary className="cursor-pointer">{t.dropped(entries, values)}</summary>
        <p>{t.droppedHint}</p>
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>
              <code className="break-all">{problem.path}</code> {problem.message}
            </li>
          ))}
        </ul>
      </details>
    )
  );
}
