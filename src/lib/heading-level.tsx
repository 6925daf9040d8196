import { createContext, use, type HTMLAttributes } from 'react';

type Level = 1 | 2 | 3 | 4 | 5 | 6;

/** The level of the page's top heading: 1 on the standalone page, 2 by default inside a host's page. */
const HeadingLevelContext = createContext<Level>(1);

export const HeadingLevelProvider = HeadingLevelContext.Provider;

export function clampHeadingLevel(level: number): Level {
  return Math.min(6, Math.max(1, Math.trunc(level) || 1)) as Level;
}

interface Props extends HTMLAttributes<HTMLHeadingElement> {
  /** How far below the top heading: 0 for the name, 1 for sections, 2 for publication titles. */
  depth: 0 | 1 | 2;
}

/** A heading whose level follows where the profile sits: h1 standalone, one level lower embedded. */
export function Heading({ depth, ...props }: Props) {
  const Tag = `h${clampHeadingLevel(use(HeadingLevelContext) + depth)}` as const;
  return <Tag {...props} />;
}
