// tsx scripts/bench/generate-institute.ts <folder> [--members 300] [--publications 7000] [--seed 13]
// Writes a generated institute into <folder>: one <slug>.json per member, each valid against the
// schema (parseProfile, every rule validate-data checks). Generated output is never committed.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseProfile, type Profile, type Publication } from '../../src/data/profile-schema';
import { isReservedSlug } from '../../src/data/reserved-slugs';
import { slugify } from '../lib/import/publication-keys';
import { generateProfile, seededRandom } from './generate-profiles';

export interface InstituteOptions {
  members?: number;
  publications?: number;
  seed?: number;
}

const FIRST = [
  'Ada',
  'Yoshua',
  'Doina',
  'Aaron',
  'Irina',
  'Blake',
  'Guillaume',
  'Chloé',
  'Siva',
  'Hugo',
  'Joëlle',
  'Łucja',
  'Mirco',
  'Sarath',
  'Glen',
  'Tal',
  'Dhanya',
  'Foutse',
  'Golnoosh',
  'Ioannis',
  'Jian',
  'Laurent',
  'Marc',
  'Nadia',
  'Ørjan',
  'Pierre-Luc',
  'Reihaneh',
  'Simon',
  'Timothée',
  'Zoë',
];
const LAST = [
  'Bengio',
  'Precup',
  'Courville',
  'Rish',
  'Richards',
  'Lajoie',
  'Pineau',
  'Reddy',
  'Larochelle',
  'Ravanelli',
  'Chandar',
  'Berseth',
  'Arbel',
  'Sridhar',
  'Khomh',
  'Farnadi',
  'Mitliagkas',
  'Tang',
  'Charlin',
  'Bellemare',
  'Ebrahimi',
  'Lacoste-Julien',
  'Rabbany',
  'Wolf',
  'Grégoire',
  'Şahin',
  'Nørgaard',
  'Dvořák',
  'Kovács',
  'Müller',
];
const POSITIONS = [
  'Professor, Université de Montréal',
  'Associate Professor, McGill University',
  'Assistant Professor, Polytechnique Montréal',
  'Research Scientist, Mila',
  'Adjunct Professor, HEC Montréal',
  'Canada CIFAR AI Chair',
];
const MEMBERSHIPS = [
  'Core Academic Member',
  'Associate Academic Member',
  'Affiliate Member',
  'Industry Member',
];

/**
 * An institute: `members` profiles sharing `publications` unique works. About two works in five
 * are shared by 2–5 members, as co-authored papers are; a few members publish far more than most
 * (capped so one profile stays a realistic few hundred works). Copies of a shared work differ as
 * members' files do: a DOI in another case, a copy without identifiers (found by its title).
 */
export function generateInstitute({
  members = 300,
  publications = 7_000,
  seed = 13,
}: InstituteOptions = {}): Profile[] {
  const random = seededRandom(seed);
  const pool = generateProfile(publications, seed).publications;
  const names: string[] = [];
  for (let index = 0; names.length < members; index += 1) {
    const first = FIRST[index % FIRST.length]!;
    const last = LAST[Math.floor(index / FIRST.length) % LAST.length]!;
    const round = Math.floor(index / (FIRST.length * LAST.length));
    names.push(round === 0 ? `${first} ${last}` : `${first} ${last}-${round + 1}`);
  }
  // Zipf-like weights: member i publishes about 1/(i+1)^0.6 as much as the first.
  const weights = names.map((_, index) => 1 / (index + 1) ** 0.6);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const cap = Math.max(60, Math.ceil((publications * 1.8 * 4) / members));
  const owned = names.map(() => [] as Publication[]);
  const pickMember = (taken: Set<number>) => {
    for (;;) {
      let target = random.next() * total;
      let index = 0;
      while (index < weights.length - 1 && target > weights[index]!) target -= weights[index++]!;
      if (!taken.has(index) && owned[index]!.length < cap) return index;
      if (taken.size + owned.filter((list) => list.length >= cap).length >= members) return undefined;
    }
  };

  pool.forEach((work, index) => {
    const shared = random.next() < 0.4;
    const count = shared ? random.int(2, 5) : 1;
    // The first works go round every member once, so nobody is left without any.
    const chosen = new Set<number>(index < members ? [index] : []);
    while (chosen.size < count) {
      const member = pickMember(chosen);
      if (member === undefined) break;
      chosen.add(member);
    }
    const memberNames = [...chosen].map((member) => names[member]!);
    const coauthors = work.authors.filter((author) => author !== 'Razvan Pascanu').slice(0, 8);
    const authors = [...memberNames, ...coauthors];
    const doi = `10.5555/inst.${index + 1}`;
    [...chosen].forEach((member, copy) => {
      const variant = copy === 0 ? 0 : random.int(0, 9);
      owned[member]!.push({
        ...work,
        authors,
        identifiers:
          variant === 0
            ? { ...work.identifiers, doi }
            : variant === 1
              ? {}
              : { ...work.identifiers, doi: doi.toUpperCase() },
        links: variant === 1 ? [] : work.links,
      });
    });
  });

  return names.map((name, index) => {
    const own = owned[index]!;
    const used = new Set(own.flatMap((publication) => publication.topics));
    const slug = slugify(name);
    if (isReservedSlug(slug)) throw new Error(`generated a reserved slug: ${slug}`);
    return {
      schemaVersion: 1,
      id: slug,
      name,
      nameVariants: [],
      membership: MEMBERSHIPS[index % MEMBERSHIPS.length]!,
      position: POSITIONS[index % POSITIONS.length]!,
      portrait: { src: null, alt: `Portrait of ${name}` },
      topics: [...new Set(pool.flatMap((publication) => publication.topics))].filter((topic) =>
        used.has(topic),
      ),
      publications: own.sort((a, b) => b.year - a.year),
    };
  });
}

/** Writes the institute into `dir` (created if needed, must hold no profiles yet), each file checked. */
export function writeInstitute(
  dir: string,
  options: InstituteOptions = {},
): { files: number; copies: number } {
  mkdirSync(dir, { recursive: true });
  if (readdirSync(dir).some((file) => file.endsWith('.json')))
    throw new Error(`${dir} already holds profiles: give an empty folder`);
  const profiles = generateInstitute(options);
  for (const profile of profiles) {
    const result = parseProfile(profile);
    if (!result.ok)
      throw new Error(`${profile.id} is invalid: ${JSON.stringify(result.problems.slice(0, 3))}`);
    writeFileSync(join(dir, `${profile.id}.json`), `${JSON.stringify(profile)}\n`);
  }
  return {
    files: profiles.length,
    copies: profiles.reduce((sum, profile) => sum + profile.publications.length, 0),
  };
}

function option(args: string[], name: string): number | undefined {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return undefined;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} needs a positive whole number`);
  return value;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const folder = args[0];
  if (!folder || folder.startsWith('--')) {
    console.error(
      'usage: tsx scripts/bench/generate-institute.ts <folder> [--members 300] [--publications 7000] [--seed 13]',
    );
    process.exit(1);
  }
  const { files, copies } = writeInstitute(resolve(folder), {
    members: option(args, 'members'),
    publications: option(args, 'publications'),
    seed: option(args, 'seed'),
  });
  console.log(`wrote ${files} profiles (${copies} publication entries) into ${resolve(folder)}`);
}
