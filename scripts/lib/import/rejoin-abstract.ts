import { endsWithSeeMore, SEE_MORE } from './line-shapes';

export interface Abstract {
  abstract: string | null;
  abstractTruncated: boolean;
}

const ENDS_SENTENCE = /[.!?]["'”’)\]]*$/;

/**
 * Joins an entry's abstract lines into one text. The page cut each abstract with "… (see more)"
 * inside a word and printed the rest right after it ("carrier o… (see more)f sharp"), so the
 * marker is removed without adding a space. An abstract that then ends mid-sentence lost its end
 * on the page itself: it is marked truncated.
 */
export function rejoinAbstract(lines: readonly string[]): Abstract {
  const joined = lines
    .map((line, index) => (index === 0 || endsWithSeeMore(lines[index - 1]!) ? line : ` ${line}`))
    .join('')
    .replace(SEE_MORE, '')
    .trim();
  if (joined === '') return { abstract: null, abstractTruncated: false };
  return { abstract: joined, abstractTruncated: !ENDS_SENTENCE.test(joined) };
}
