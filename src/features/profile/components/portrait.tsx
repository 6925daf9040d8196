import { useState } from 'react';
import type { Portrait as PortraitData } from '../../../data/profile-schema';
import { safeHref } from '../../../lib/safe-href';
import { initialsOf } from './initials';

interface Props {
  portrait: PortraitData | null;
  name: string;
}

const frame = 'size-24 shrink-0 rounded-full sm:size-32';

/**
 * The photo, or the person's initials when there is none or it fails to load. Initials are
 * decoration, not a portrait: hidden from assistive technology, which has the name in the heading.
 */
export function Portrait({ portrait, name }: Props) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const src = safeHref(portrait?.src, 'site-path');

  if (portrait && src && src !== failedSrc) {
    return (
      <img
        src={src}
        alt={portrait.alt}
        width={128}
        height={128}
        decoding="async"
        onError={() => setFailedSrc(src)}
        className={`${frame} bg-slate-100 object-cover ring-1 ring-slate-200 dark:bg-slate-800 dark:ring-slate-700`}
      />
    );
  }
  return (
    <div
      aria-hidden="true"
      className={`${frame} flex items-center justify-center bg-indigo-100 text-3xl font-semibold text-indigo-900 select-none sm:text-4xl dark:bg-indigo-950 dark:text-indigo-100`}
    >
      {initialsOf(name)}
    </div>
  );
}
