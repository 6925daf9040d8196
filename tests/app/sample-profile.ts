import type { Profile } from '../../src/data/profile-schema';
import { buildProfile, buildPublication, OWNER } from '../builders';

export const TOPICS = [
  'Deep Learning',
  'Optimization',
  'Reinforcement Learning',
  'Continual Learning',
  'Graphs',
];

const LONG_ABSTRACT =
  'We study how gradients behave when recurrent networks are trained over long sequences. ' +
  'Exploding and vanishing gradients make training hard; we analyse both from a dynamical systems ' +
  'point of view and propose a simple clipping strategy. Experiments on several benchmarks show that ' +
  'the approach is robust. Finally, a softmax temperature trick stabilises the output layer.';

/** Ten publications with the traits the page has to handle, each in one place. */
export function sampleProfile(overrides: Partial<Profile> = {}): Profile {
  return buildProfile({
    topics: TOPICS,
    publications: [
      buildPublication({
        id: 'difficulty-rnn',
        title: 'On the difficulty of training recurrent neural networks',
        year: 2013,
        venue: 'ICML 2013',
        authors: [OWNER, 'Tomas Mikolov', 'Yoshua Bengio'],
        topics: ['Deep Learning', 'Optimization'],
        abstract: LONG_ABSTRACT,
        links: [{ kind: 'arxiv', url: 'https://arxiv.org/abs/1211.5063' }],
      }),
      buildPublication({
        id: 'saddle-points',
        title: 'Identifying and attacking the saddle point problem',
        year: 2014,
        venue: 'NeurIPS 2014',
        authors: ['Yann Dauphin', OWNER, 'Çağlar Gülçehre'],
        topics: ['Optimization'],
        abstract: 'Saddle points, not local minima, slow down high dimensional optimization.',
      }),
      buildPublication({
        id: 'progressive-nets',
        title: 'Progressive neural networks',
        year: 2016,
        venue: null,
        kind: 'preprint',
        topics: ['Continual Learning', 'Reinforcement Learning'],
        abstract:
          'Learning to solve complex sequences of tasks while leveraging transfer and avoiding forgetting.',
        abstractTruncated: true,
        identifiers: { arxiv: '1606.04671' },
      }),
      buildPublication({
        id: 'ewc',
        title: 'Overcoming catastrophic forgetting in neural networks',
        year: 2017,
        venue: 'PNAS',
        kind: 'journal',
        topics: ['Continual Learning', 'Deep Learning'],
        authors: [
          'James Kirkpatrick',
          OWNER,
          'Neil Rabinowitz',
          'Joel Veness',
          'Guillaume Desjardins',
          'Andrei Rusu',
          'Kieran Milan',
          'John Quan',
          'Tiago Ramalho',
          'Agnieszka Grabska-Barwinska',
          'Demis Hassabis',
          'Claudia Clopath',
        ],
        links: [
          { kind: 'doi', url: 'https://doi.org/10.1073/pnas.1611835114' },
          { kind: 'code', url: 'https://github.com/example/ewc', label: 'Code (GitHub)' },
        ],
      }),
      buildPublication({
        id: 'relational-bias',
        title: 'Relational inductive biases, deep learning, and graph networks',
        year: 2018,
        venue: 'arXiv',
        kind: 'preprint',
        topics: ['Graphs', 'Deep Learning'],
      }),
      buildPublication({
        id: 'interaction-networks',
        title: 'Interaction networks for learning about objects, relations and physics',
        year: 2016,
        venue: 'NeurIPS 2016',
        topics: ['Graphs'],
      }),
      buildPublication({
        id: 'policy-distillation',
        title: 'Policy distillation',
        year: 2016,
        venue: 'ICLR 2016',
        topics: ['Reinforcement Learning'],
      }),
      buildPublication({
        id: 'natural-gradient',
        title: 'Revisiting natural gradient for deep networks',
        year: 2014,
        venue: 'ICLR 2014',
        kind: 'workshop',
        topics: ['Optimization', 'Deep Learning'],
      }),
      buildPublication({
        id: 'reseaux',
        title: 'Réseaux de neurones et mémoire',
        year: 2021,
        venue: 'Journée scientifique',
        kind: 'commentary',
        topics: ['Continual Learning'],
      }),
      buildPublication({
        id: 'linear-regions',
        title: 'On the number of response regions of deep feed forward networks',
        year: 2019,
        venue: 'ICLR 2019',
        topics: ['Deep Learning'],
      }),
    ],
    ...overrides,
  });
}
