import type { DataProblem } from './profile-schema';

export class ProfileNotFoundError extends Error {
  constructor(readonly slug: string) {
    super(`No profile named "${slug}" exists here.`);
    this.name = 'ProfileNotFoundError';
  }
}

export class ProfileLoadError extends Error {
  constructor(
    readonly slug: string,
    readonly detail: string,
  ) {
    super(`The profile "${slug}" could not be loaded: ${detail}`);
    this.name = 'ProfileLoadError';
  }
}

export class InvalidProfileError extends Error {
  constructor(
    readonly slug: string,
    readonly problems: DataProblem[],
  ) {
    super(
      `The profile "${slug}" has ${problems.length} problem${problems.length === 1 ? '' : 's'}: ` +
        problems
          .slice(0, 3)
          .map((problem) => `${problem.path} ${problem.message}`)
          .join('; '),
    );
    this.name = 'InvalidProfileError';
  }
}

/** Not worth retrying: the same request would fail the same way. */
export function isPermanentProfileError(error: unknown): boolean {
  return error instanceof ProfileNotFoundError || error instanceof InvalidProfileError;
}
