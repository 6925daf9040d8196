import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProfile, type Profile, type Publication } from '../../src/data/profile-schema';

export const SYNTHETIC_SIZES: readonly number[] = [1_000, 2_000, 5_000, 20_000];

/** `BENCH_SIZES=1000,2000` picks some sizes (any positive whole numbers); unset, all of SYNTHETIC_SIZES. */
export function benchSizes(env = process.env.BENCH_SIZES): readonly number[] {
  if (!env?.trim()) return SYNTHETIC_SIZES;
  const sizes = env.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0))
    throw new Error(`BENCH_SIZES must list positive whole numbers, e.g. 1000,2000 (got "${env}")`);
  return sizes;
}
export const syntheticSlug = (size: number) => `synthetic-${size}`;

const OWNER = 'Razvan Pascanu';

const TOPICS = [
  'Deep Learning',
  'Reinforcement Learning',
  'Optimization',
  'Graph Neural Networks',
  'Continual Learning',
  'Transformers',
  'Generalisation',
  'Recurrent Networks',
  'Meta-Learning',
  'Representation Learning',
  'Computer Vision',
  'Natural Language Processing',
  'Theory of Deep Learning',
  'Algorithmic Reasoning',
  'Multimodal Learning',
];

const FIRST_NAMES = [
  'Petar',
  'Matko',
  'Łukasz',
  'Zoë',
  'José',
  'Søren',
  'Ana',
  'Ioana',
  'Jürgen',
  'Chloé',
  'Nikoloz',
  'Mihaela',
  'Agnieszka',
  'Başak',
  'Andrés',
  'Hélène',
  'Rémi',
  'Yee Whye',
  'Çağlar',
  'Dörte',
  'Jiří',
  'Zsófia',
  'Ólafur',
  'François',
  'Tomáš',
  'Anaïs',
  'Björn',
  'Mária',
  'Raia',
  'Oriol',
];
const LAST_NAMES = [
  'Veličković',
  'Bošnjak',
  'Kaiser',
  'Müller',
  'Gulçehre',
  'Kłos',
  'García',
  'Ødegård',
  'Nowak',
  'Popescu',
  'Dvořák',
  'Schölkopf',
  'Hadsell',
  'Blundell',
  'Teh',
  'Vinyals',
  'Ibáñez',
  'Lefèvre',
  'Kovács',
  'Jónsson',
  'Świątek',
  'Şahin',
  'Nørgaard',
  'Grau-Moya',
  'Mikolov',
  'Pereira',
  'Ţurcanu',
  'Zaremba',
  'Bengio',
  'Agüera',
];

const ADJECTIVES = [
  'Scalable',
  'Efficient',
  'Robust',
  'Sparse',
  'Hierarchical',
  'Implicit',
  'Stable',
  'Continual',
  'Self-supervised',
  'Compositional',
  'Provable',
  'Adaptive',
  'Neural',
  'Structured',
  'Latent',
];
const SUBJECTS = [
  'graph neural networks',
  'transformers',
  'softmax attention',
  'recurrent networks',
  'policy gradients',
  'normalization layers',
  'learning rates',
  'world models',
  'memory modules',
  'mixture of experts',
  'contrastive objectives',
  'value functions',
  'state space models',
  'optimizers',
  'loss landscapes',
];
const PURPOSES = [
  'for algorithmic reasoning',
  'in reinforcement learning',
  'for sharp size generalisation',
  'for continual learning',
  'in image-text pre-training',
  'without catastrophic forgetting',
  'at scale',
  'for out-of-distribution generalisation',
  'in the low-data regime',
  'for combinatorial optimisation',
  'under distribution shift',
  'for long-context language modelling',
];
const TITLE_FORMS = [
  (a: string, s: string, p: string) => `${a} ${s} ${p}`,
  (_a: string, s: string, p: string) => `On the role of ${s.toLowerCase()} ${p}`,
  (a: string, s: string, p: string) => `${a} ${s}: a study ${p}`,
  (a: string, s: string, p: string) => `Why ${s} fail ${p}, and how to fix them (${a.toLowerCase()})`,
];

const SENTENCES = [
  'We study how {s} behave {p} and show that {a} variants close most of the gap.',
  'Existing approaches to {s} rely on assumptions that rarely hold {p}.',
  'We propose a {a} method that combines {s} with a simple correction term.',
  'Our analysis reveals a tension between expressivity and stability in {s}.',
  'Experiments on twelve benchmarks show consistent gains {p}.',
  'We further find that {s} degrade gracefully when the input size grows beyond the training range.',
  'Theoretical results explain why {a} training of {s} converges faster.',
  'Ablations isolate the contribution of each component and of the learning rate schedule.',
  'The code and trained models are released to support reproducible research.',
  'These findings suggest that {s} should be evaluated {p} rather than on in-distribution data alone.',
  'We introduce a benchmark that probes {s} {p} with controlled difficulty.',
  'A careful empirical study shows that normalization interacts with the effective learning rate.',
];
/** Domain words; with the coined names below they give the vocabulary the growth real abstracts have. */
const TERMS = [
  'attention',
  'embeddings',
  'gradient noise',
  'curvature',
  'Hessian',
  'weight decay',
  'dropout',
  'residual connections',
  'layer norm',
  'batch size',
  'warm-up',
  'plasticity',
  'replay buffers',
  'tokenizers',
  'positional encodings',
  'message passing',
  'readout functions',
  'over-smoothing',
  'over-squashing',
  'rewiring',
  'invariance',
  'equivariance',
  'symmetry',
  'distillation',
  'pruning',
  'quantization',
  'calibration',
  'uncertainty',
  'exploration',
  'bootstrapping',
  'temporal difference',
  'off-policy data',
  'reward shaping',
  'curriculum',
  'data augmentation',
  'contrastive pairs',
  'captioning',
  'retrieval',
  'grounding',
  'segmentation',
  'depth estimation',
  'program synthesis',
  'sorting',
  'shortest paths',
  'dynamic programming',
  'theorem proving',
  'chain of thought',
  'in-context learning',
  'scaling laws',
  'emergence',
  'interpretability',
  'circuits',
  'probing',
  'feature learning',
  'neural tangent kernel',
  'mean field',
  'lazy training',
  'grokking',
  'mode connectivity',
  'sharpness',
  'edge of stability',
  'Adam',
  'momentum',
  'second-order methods',
];
const SENTENCES_WITH_NAMES = [
  'We call the resulting model {N} and evaluate it on {D}.',
  'On {D} it improves accuracy by {n} points over {N}.',
  'Compared with {N}, our approach needs {n} times fewer updates on {D}.',
];
const VENUES = [
  'NeurIPS',
  'ICML',
  'ICLR',
  'AISTATS',
  'CoLLAs',
  'TMLR',
  'JMLR',
  'Nature Machine Intelligence',
  'ICLR Workshop on Geometrical and Topological Representation Learning',
  'arXiv',
];
const KINDS = ['conference', 'conference', 'conference', 'workshop', 'journal', 'preprint'] as const;

/** mulberry32: small, fast, and the same numbers on every machine for a seed. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, int, pick };
}

type Random = ReturnType<typeof seededRandom>;

/** A made-up model or data set name ("GraFormer-v3", "KLMX-200"), as abstracts are full of them. */
function coinedName(random: Random): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const stem = Array.from({ length: random.int(3, 5) }, () => random.pick([...letters])).join('');
  return random.next() < 0.5
    ? `${stem}-${random.int(1, 999)}`
    : `${stem.charAt(0)}${stem.slice(1).toLowerCase()}Net`;
}

function buildAbstract(random: Random, subject: string): string {
  const words: string[] = [];
  const target = random.int(100, 250);
  while (words.length < target) {
    const template = random.next() < 0.2 ? random.pick(SENTENCES_WITH_NAMES) : random.pick(SENTENCES);
    const sentence = template
      .replace('{s}', random.next() < 0.5 ? subject : random.pick(SUBJECTS))
      .replace('{p}', random.pick(PURPOSES))
      .replace('{a}', random.pick(ADJECTIVES).toLowerCase())
      .replace('{N}', coinedName(random))
      .replace('{D}', coinedName(random))
      .replace('{n}', String(random.int(2, 40)));
    words.push(...sentence.split(' '));
    if (random.next() < 0.5)
      words.push(...`This matters for ${random.pick(TERMS)} and ${random.pick(TERMS)}.`.split(' '));
  }
  const text = words.slice(0, target).join(' ');
  return text.endsWith('.') ? text : `${text}.`;
}

export function generateProfile(size: number, seed = size): Profile {
  const random = seededRandom(seed);
  const titles = new Set<string>();
  const publications: Publication[] = [];

  while (publications.length < size) {
    const subject = random.pick(SUBJECTS);
    let title = random.pick(TITLE_FORMS)(random.pick(ADJECTIVES), subject, random.pick(PURPOSES));
    title = title.charAt(0).toUpperCase() + title.slice(1);
    if (titles.has(title)) title = `${title}, part ${publications.length}`;
    titles.add(title);

    const coauthors = new Set<string>();
    const authorCount = random.int(3, 12);
    while (coauthors.size < authorCount - 1)
      coauthors.add(`${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`);
    const authors = [...coauthors];
    authors.splice(random.int(0, authors.length), 0, OWNER);

    const topics = new Set<string>();
    const topicCount = random.int(1, 4);
    while (topics.size < topicCount) topics.add(random.pick(TOPICS));

    const year = random.int(2008, 2025);
    const kind = random.pick(KINDS);
    const index = publications.length + 1;
    const arxiv = `${String(year % 100).padStart(2, '0')}${String(random.int(1, 12)).padStart(2, '0')}.${String(index).padStart(5, '0')}`;
    publications.push({
      id: `publication-${index}`,
      title,
      alternateTitles: [],
      authors,
      year,
      venue: kind === 'preprint' ? null : `${random.pick(VENUES)} ${year}`,
      kind,
      topics: TOPICS.filter((topic) => topics.has(topic)),
      abstract: buildAbstract(random, subject),
      abstractTruncated: false,
      identifiers: { arxiv },
      links: [{ kind: 'arxiv', url: `https://arxiv.org/abs/${arxiv}` }],
    });
  }

  return {
    schemaVersion: 1,
    id: syntheticSlug(size),
    name: OWNER,
    nameVariants: [],
    membership: 'Synthetic profile for benchmarks',
    position: `${size.toLocaleString('en')} generated publications`,
    portrait: { src: null, alt: `Portrait of ${OWNER}` },
    topics: TOPICS,
    publications,
  };
}

export interface WrittenProfile {
  profile: Profile;
  /** Size of the JSON file the page loads, in bytes (before any gzip). */
  jsonBytes: number;
}

/** Writes `<distDir>/profiles/synthetic-<size>.json` for each size; each one passes `parseProfile`. */
export function writeSyntheticProfiles(
  distDir: string,
  sizes: readonly number[] = SYNTHETIC_SIZES,
): Map<number, WrittenProfile> {
  const dir = join(distDir, 'profiles');
  mkdirSync(dir, { recursive: true });
  const profiles = new Map<number, WrittenProfile>();
  for (const size of sizes) {
    const profile = generateProfile(size);
    const result = parseProfile(profile);
    if (!result.ok)
      throw new Error(`synthetic-${size} is invalid: ${JSON.stringify(result.problems.slice(0, 5))}`);
    const json = JSON.stringify(profile);
    writeFileSync(join(dir, `${syntheticSlug(size)}.json`), json);
    profiles.set(size, { profile: result.profile, jsonBytes: Buffer.byteLength(json) });
  }
  return profiles;
}
