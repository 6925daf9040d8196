import { describe, expect, it } from 'vitest';
import { buildPublication } from '../../../../tests/builders';
import { runInSlices } from './run-in-slices';
import { buildPublicationSearch, createPublicationSearch } from './search-publications';

function* countTo(slices: number, log: string[]): Generator<void, number, void> {
  for (let slice = 1; slice <= slices; slice++) {
    log.push(`slice ${slice}`);
    yield;
  }
  return slices;
}

describe('runInSlices', () => {
  it('pauses once a slice ends past the budget, and returns the result', async () => {
    const log: string[] = [];
    let clock = 0;
    const now = () => (clock += 3); // every reading: 3 ms later
    const pause = async () => {
      log.push('pause');
    };
    await expect(runInSlices(countTo(4, log), 5, pause, now)).resolves.toBe(4);
    // 3 ms after the start of a run: go on; 6 ms: pause, and a new run starts.
    expect(log).toEqual(['slice 1', 'slice 2', 'pause', 'slice 3', 'slice 4', 'pause']);
  });

  it('does not pause while slices stay within the budget', async () => {
    const log: string[] = [];
    await runInSlices(countTo(3, log), 1_000, async () => void log.push('pause'));
    expect(log).not.toContain('pause');
  });
});

describe('buildPublicationSearch', () => {
  it('pauses between slices and builds the same index as the one-go build', async () => {
    const publications = Array.from({ length: 300 }, (_, index) =>
      buildPublication({ title: `Paper ${index} on graph rewiring`, authors: [`Author ${index % 7}`] }),
    );
    let pauses = 0;
    const sliced = await runInSlices(buildPublicationSearch(publications), 0, async () => {
      pauses += 1;
    });
    expect(pauses).toBeGreaterThan(3);
    const whole = createPublicationSearch(publications);
    for (const query of ['graph', 'author 3', 'rewirng', '17'])
      expect(sliced.search(query).map((hit) => hit.publication.id)).toEqual(
        whole.search(query).map((hit) => hit.publication.id),
      );
  });
});
