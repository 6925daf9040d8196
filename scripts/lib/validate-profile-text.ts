import { basename } from 'node:path';
import { parseProfile, type DataProblem } from '../../src/data/profile-schema';

/** All problems of one profile file's text: JSON syntax, schema, cross-field rules, file name. */
export function validateProfileText(text: string, fileName: string): DataProblem[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [{ path: '$', message: `is not valid JSON: ${(error as Error).message}` }];
  }
  const result = parseProfile(data);
  if (!result.ok) return result.problems;
  const expected = `${result.profile.id}.json`;
  if (basename(fileName) !== expected)
    return [{ path: '$.id', message: `is "${result.profile.id}", so the file must be named ${expected}` }];
  return [];
}
