// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../scripts/lib/import/run-import';
import { parseProfile, type Profile, type Publication } from '../../src/data/profile-schema';
import { curationProblems } from './curation-rules';

const PROFILES = 'data/profiles';
const SOURCES = 'data/sources';

function readProfile(file: string): Profile {
  const result = parseProfile(JSON.parse(readFileSync(join(PROFILES, file), 'utf8')));
  if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.problems)}`);
  return result.profile;
}

const profiles = readdirSync(PROFILES)
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const id = file.slice(0, -'.json'.length);
    const source = readdirSync(SOURCES).includes(`${id}.txt`) ? join(SOURCES, `${id}.txt`) : undefined;
    return { id, file, source, profile: readProfile(file) };
  });

describe('every curated profile', () => {
  it.each(profiles)('$id keeps the curation rules', ({ profile, source }) => {
    expect(curationProblems(profile, source && readFileSync(source))).toEqual([]);
  });

  it.each(profiles.filter((entry) => entry.source))(
    '$id is what the importer gives back when merging its page into it',
    ({ file, source }) => {
      let out = '';
      const code = runImport([source!, '--merge', join(PROFILES, file)], {
        stdout: (chunk) => (out += chunk),
        stderr: () => {},
      });
      expect(code).toBe(0);
      expect(out).toBe(readFileSync(join(PROFILES, file), 'utf8'));
    },
  );
});

// Each rule, broken once in a copy of the real profile, must be caught at the right path.
describe('the curation rules catch a wrong curation', () => {
  const { profile: real, source } = profiles.find((entry) => entry.id === 'razvan-pascanu')!;
  const page = readFileSync(source!, 'utf8');
  const indexOf = (arxiv: string) => real.publications.findIndex((p) => p.identifiers.arxiv === arxiv);
  const SOFTMAX = indexOf('2410.01104');
  const CRITICAL = indexOf('2307.09638'); // the preprint
  const FINE_TUNING = indexOf('2402.02868'); // its abstract is cut on the page
  const breakOne = (index: number, change: (publication: Publication) => void) => (profile: Profile) =>
    change(profile.publications[index]!);

  it.each<[string, (profile: Profile) => void, RegExp]>([
    [
      'the owner left out',
      breakOne(SOFTMAX, (p) => void (p.authors = p.authors.filter((a) => a !== 'Razvan Pascanu'))),
      /^\$\.publications\[\d+\]\.authors: lists the owner 0 times/,
    ],
    [
      'the owner listed twice',
      breakOne(SOFTMAX, (p) => void p.authors.push('Răzvan Pașcanu')),
      /authors: lists the owner 2 times/,
    ],
    [
      'an accent split off',
      breakOne(SOFTMAX, (p) => void (p.authors[0] = "Petar Velivckovi 'c")),
      /authors\[0\]: "Petar Velivckovi 'c" has an accent split off/,
    ],
    ['an apostrophe accent', breakOne(SOFTMAX, (p) => void (p.authors[0] = "Anastasija Ili'c")), /split off/],
    [
      'a caron left as v',
      breakOne(SOFTMAX, (p) => void (p.authors[0] = 'Matko Bovsnjak')),
      /a caron left as "v"/,
    ],
    [
      'an ogonek left as k',
      breakOne(SOFTMAX, (p) => void (p.authors[0] = 'Michał Zajkac')),
      /an ogonek left as "k"/,
    ],
    ['LaTeX syntax', breakOne(SOFTMAX, (p) => void (p.authors[0] = 'Maciej Wo{\\l}czyk')), /LaTeX syntax/],
    [
      'a co-author listed twice',
      breakOne(SOFTMAX, (p) => void p.authors.push(p.authors[0]!)),
      /authors: lists someone twice/,
    ],
    ['a year out of range', breakOne(SOFTMAX, (p) => void (p.year = 2205)), /year: 2205 is not between 1950/],
    [
      'a year before the arXiv id',
      breakOne(SOFTMAX, (p) => void ((p.year = 2023), (p.venue = null), (p.kind = 'preprint'))),
      /year: 2023 is before its arXiv id 2410\.01104 \(2024\)/,
    ],
    [
      'a year the venue contradicts',
      breakOne(SOFTMAX, (p) => void (p.year = 2024)),
      /year: 2024 but the venue is "ICML 2025"/,
    ],
    [
      'a preprint without an arXiv id',
      breakOne(
        CRITICAL,
        (p) => void ((p.identifiers = {}), (p.links = p.links.filter((l) => l.kind !== 'arxiv'))),
      ),
      /identifiers: a preprint without an arXiv id/,
    ],
    [
      'a preprint with a venue',
      breakOne(CRITICAL, (p) => void (p.venue = 'ICML 2023')),
      /venue: a preprint with a venue/,
    ],
    [
      'a conference paper without a venue',
      breakOne(SOFTMAX, (p) => void (p.venue = null)),
      /venue: a conference paper needs its venue/,
    ],
    [
      'a plain http link',
      breakOne(
        SOFTMAX,
        (p) => void (p.links[1]!.url = 'http://proceedings.mlr.press/v267/velickovic25a.html'),
      ),
      /links\[1\]\.url: http:\/\/proceedings.* is not https/,
    ],
    [
      'an arXiv link to another paper',
      breakOne(SOFTMAX, (p) => void (p.links[0]!.url = 'https://arxiv.org/abs/2410.01105')),
      /links: no arXiv link to https:\/\/arxiv\.org\/abs\/2410\.01104/,
    ],
    [
      'a link listed twice',
      breakOne(SOFTMAX, (p) => void p.links.push({ ...p.links[0]! })),
      /links: lists a URL twice/,
    ],
    ['no topic', breakOne(SOFTMAX, (p) => void (p.topics = [])), /topics: has no topic/],
    [
      'a topic the profile lacks',
      breakOne(SOFTMAX, (p) => void p.topics.push('Robotics')),
      /"Robotics" is not a profile topic/,
    ],
    [
      'a cut abstract not marked',
      breakOne(FINE_TUNING, (p) => void (p.abstractTruncated = false)),
      /abstractTruncated: is false but the abstract stops mid-sentence/,
    ],
    [
      'a whole abstract marked cut',
      breakOne(SOFTMAX, (p) => void (p.abstractTruncated = true)),
      /abstractTruncated: is true but the abstract ends a sentence/,
    ],
    [
      'a publication of the page lost',
      (profile) => void profile.publications.splice(SOFTMAX, 1),
      /^page line \d+ \("softmax is not enough.*"\): no curated publication has this title/,
    ],
    [
      'a page co-author lost',
      breakOne(SOFTMAX, (p) => void (p.authors = p.authors.filter((a) => a !== 'Federico Barbero'))),
      /authors: lacks "Federico Barbero", whom the page lists/,
    ],
    [
      'two page titles on one publication',
      breakOne(
        CRITICAL,
        (p) =>
          void p.alternateTitles.push('Switching between tasks can cause AI to lose the ability to learn'),
      ),
      /maps to publications\[\d+\], as does/,
    ],
    [
      'a cut abstract shortened to a sentence and not marked',
      breakOne(
        FINE_TUNING,
        (p) => void ((p.abstract = 'Fine-tuning is a widespread technique.'), (p.abstractTruncated = false)),
      ),
      /abstractTruncated: the page cut this abstract; mark it or complete it/,
    ],
  ])('%s', (_, change, problem) => {
    const broken = structuredClone(real);
    change(broken);
    expect(curationProblems(real, page)).toEqual([]);
    expect(curationProblems(broken, page)).toContainEqual(expect.stringMatching(problem));
  });
});
