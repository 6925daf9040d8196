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
  const url = `${baseUrl.replace(/\/+$/, '')}/${file}`;
  let response: Response;
  let body: string;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    body = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DirectoryLoadError(file, 'the network request failed. Check your connection.');
  }
  if (!response.ok)
    throw new DirectoryLoadError(
      file,
      `the server answered ${response.status} ${response.statusText}`.trim(),
    );
  // A static host's "not found" page is HTML served with 200.
  if (/^\s*</.test(body)) throw new DirectoryLoadError(file, 'the server sent a web page instead of data');
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new InvalidDirectoryDataError(file, [
      { path: '$', message: `is not valid JSON (${(error as Error).message})` },
    ]);
  }
}

/** Retry what may pass (a network failure), never bad data. */
export const retryDirectoryLoad = (failureCount: number, error: unknown) =>
  !(error instanceof InvalidDirectoryDataError) && failureCount < 2;
