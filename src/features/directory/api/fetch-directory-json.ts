import { decodeBody, failureDetail, fetchBody, parseJson } from '../../../data/fetch-json-file';
import type { DataProblem } from '../../../data/profile-schema';

/** The file could not be fetched (network, server): asking again may help. */
export class DirectoryLoadError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file} could not be loaded: ${detail}`);
    this.name = 'DirectoryLoadError';
  }
}

/** The file arrived but is not what the build writes: asking again would not help. */
export class InvalidDirectoryDataError extends Error {
  constructor(
    readonly file: string,
    readonly problems: DataProblem[],
  ) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ` +
        problems
          .slice(0, 3)
          .map((problem) => `${problem.path} ${problem.message}`)
          .join('; '),
    );
    this.name = 'InvalidDirectoryDataError';
  }
}

/** `<baseUrl>/<file>` parsed as JSON, or one of the errors above with words a maintainer can act on. */
export async function fetchDirectoryJson(
  baseUrl: string,
  file: string,
  signal?: AbortSignal,
): Promise<unknown> {
  const body = await fetchBody(`${baseUrl.replace(/\/+$/, '')}/${file}`, signal);
  if (!body.ok) throw new DirectoryLoadError(file, failureDetail(body.failure));
  const parsed = parseJson(decodeBody(body.chunks));
  if (parsed.ok) return parsed.data;
  // A static host's "not found" page is HTML served with 200: the file may yet be published.
  if (parsed.html) throw new DirectoryLoadError(file, 'the server sent a web page instead of data');
  throw new InvalidDirectoryDataError(file, [{ path: '$', message: parsed.message }]);
}

/** Retry what may pass (a network failure), never bad data. */
export const retryDirectoryLoad = (failureCount: number, error: unknown) =>
  !(error instanceof InvalidDirectoryDataError) && failureCount < 2;
