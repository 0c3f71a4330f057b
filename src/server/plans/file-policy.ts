// Stored files are blobs shared by hash; a file is reached only through one upload — the
// plan it became — and shows that upload's name. Nobody learns that the same bytes were
// uploaded elsewhere, by whom or under which name.
import { ability, everyRole } from '../access/policy.ts';
import { planPolicy } from './policy.ts';

export const filePolicy = {
  canDownload: ability<{ plan: { adminUnitId: string } }>(everyRole, (actor, upload) =>
    planPolicy.canRead(actor, upload.plan),
  ),
};
