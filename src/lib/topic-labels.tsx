import { createContext, use } from 'react';

/**
 * A topic's label in the page's language. Topics keep their names as identity (URL slugs, the
 * data's links between publications and topics); only what the visitor reads is translated.
 */
export type TopicLabel = (topic: string) => string;

/** A profile's labels, per language: a topic's name → its label (the data's `topicLabels`). */
export type TopicLabelTable = Partial<Record<string, Record<string, string>>>;

/** What a page provides: the label shown, and every label of every language (search looks in all). */
export interface PageTopicLabels {
  label: TopicLabel;
  everyLanguage?: TopicLabelTable | undefined;
}

const asNamed: TopicLabel = (topic) => topic;

const TopicLabelsContext = createContext<PageTopicLabels>({ label: asNamed });

export const TopicLabelsProvider = TopicLabelsContext.Provider;

export function useTopicLabel(): TopicLabel {
  return use(TopicLabelsContext).label;
}

/** Every label the profile gives its topics, in every language: what search looks in. */
export function useEveryTopicLabel(): TopicLabelTable | undefined {
  return use(TopicLabelsContext).everyLanguage;
}

/** The labels a profile gives its topics, shown in `language`; a topic without one keeps its name. */
export function topicLabelsIn(labels: TopicLabelTable | undefined, language: string): PageTopicLabels {
  const inLanguage = labels?.[language];
  return {
    label: inLanguage ? (topic) => (Object.hasOwn(inLanguage, topic) ? inLanguage[topic]! : topic) : asNamed,
    everyLanguage: labels,
  };
}
