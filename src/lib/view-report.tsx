import { createContext, use, useEffect } from 'react';

/** What the visitor is looking at: an embed's host hears it as `researcher-profile:change`. */
export interface ViewReport {
  query: string;
  /** Topic names, in the profile's order. */
  topics: string[];
  mode: 'any' | 'all';
  /** The order in use: `newest`, `oldest`, `title` or `relevance`. */
  sort: string;
  shown: number;
  total: number;
}

const ViewReportContext = createContext<((report: ViewReport) => void) | undefined>(undefined);

export const ViewReportProvider = ViewReportContext.Provider;

/** Tells whoever mounted the app what the list shows, once per change (nothing when no one asked). */
export function useReportView({ query, topics, mode, sort, shown, total }: ViewReport) {
  const report = use(ViewReportContext);
  const topicKey = JSON.stringify(topics);
  useEffect(() => {
    report?.({ query, topics: JSON.parse(topicKey) as string[], mode, sort, shown, total });
  }, [report, query, topicKey, mode, sort, shown, total]);
}
