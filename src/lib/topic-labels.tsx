import { createContext, use } from 'react';

/**
 * A topic's label in the page's language. Topics keep their names as identity (URL slugs, the
 * data's links between publications and topics); only what the visitor reads is translated.
 */
export type TopicLabel = (topic: string) => string;

const asNamed: TopicLabel = (topic) => topic;

const TopicLabelsContext = createContext<TopicLabel>(asNamed);

export const TopicLabelsProvider = TopicLabelsContext.Provider;

export function useTopicLabel(): TopicLabel {
  return use(TopicLabelsContext);
}

/** The labels a profile gives its topics in `language`; a topic without one keeps its name. */
export function topicLabelsIn(
  labels: Partial<Record<string, Record<string, string>>> | undefined,
  language: string,
): TopicLabel {
  const inLanguage = labels?.[language];
  if (!inLanguage) return asNamed;
  return (topic) => (Object.hasOwn(inLanguage, topic) ? inLanguage[topic]! : topic);
}
