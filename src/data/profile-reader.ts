import { decodeBody } from './fetch-json-file';
import type { Profile, Publication } from './profile-schema';
import { vouchedProfile } from './quick-check';

/** What the profile reader (profile-reader.worker.ts) posts to the page, in order. */
export type ReaderMessage =
  | { kind: 'ready' }
  /** The profile without its publications; they follow in batches, then `done`. */
  | { kind: 'head'; profile: Profile }
  | { kind: 'publications'; publications: Publication[] }
  | { kind: 'done' }
  /** Not JSON, or data the quick check cannot vouch for: the page reads the text itself. */
  | { kind: 'unsure'; text: string };

/**
 * Publications per message: each message is a task of its own for the page to take in. 500
 * synthetic publications (about 0.9 MB of JSON) cost the page's thread 1.4 ms of CPU (median of
 * 40 batches at 20,000; at most 26 ms, with a major garbage collection in it).
 */
export const BATCH_SIZE = 500;

/**
 * The worker's part of loading a profile: decode, parse and quick-check the body (what took the
 * page's thread 350–580 ms in one task at 20,000 publications), then hand the profile over in
 * batches. Anything it cannot vouch for goes back as text, for the page to read as before.
 */
export function readProfileBody(chunks: readonly Uint8Array[], post: (message: ReaderMessage) => void) {
  const text = decodeBody(chunks);
  let profile: Profile | null = null;
  try {
    profile = vouchedProfile(JSON.parse(text));
  } catch {
    // Not JSON: the page says so, as it does for a body it parses itself.
  }
  if (!profile) return post({ kind: 'unsure', text });
  const { publications } = profile;
  post({ kind: 'head', profile: { ...profile, publications: [] } });
  for (let start = 0; start < publications.length; start += BATCH_SIZE)
    post({ kind: 'publications', publications: publications.slice(start, start + BATCH_SIZE) });
  post({ kind: 'done' });
}
