import type { MemberSummary } from '../../src/features/directory/utils/member-summary';

let sequence = 0;

/** A valid member summary; pass overrides for what a test cares about. */
export function buildMember(overrides: Partial<MemberSummary> = {}): MemberSummary {
  sequence += 1;
  return {
    slug: `member-${sequence}`,
    name: `Member Number${sequence}`,
    nameVariants: [],
    position: 'Professor, Some University',
    membership: 'Core Member',
    topics: [],
    portrait: null,
    publicationCount: 3,
    ...overrides,
  };
}
