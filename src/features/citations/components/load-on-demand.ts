/**
 * The generators, the dialog and the export panel stay out of the first view: they load on first
 * use. A failed load is forgotten, so trying again fetches the chunk afresh.
 */
function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

export const loadCiteDialog = onDemand(async () => (await import('./cite-dialog')).CiteDialog);
export const loadExportPanel = onDemand(async () => (await import('./export-panel')).ExportPanel);
