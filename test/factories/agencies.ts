import type { AgencyCandidate } from '../../src/domain/agencies/types.ts';

let sequence = 0;

/** A resolver candidate with sensible defaults; override what the test is about. */
export function makeAgencyCandidate(
  overrides: Partial<AgencyCandidate> & Pick<AgencyCandidate, 'name'>,
): AgencyCandidate {
  sequence += 1;
  return {
    id: `ag-test-${sequence}`,
    shortName: null,
    type: 'specialised_office',
    aliases: [],
    adminUnit: { id: 'od-test.huyen-a', name: 'Huyện A', level: 'district' },
    validFrom: null,
    validTo: null,
    successors: [],
    ...overrides,
  };
}
