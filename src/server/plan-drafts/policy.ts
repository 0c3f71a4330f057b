// A draft is its uploader's alone (the system actor may finish the drafts it made):
// planners and admins upload; anyone else's draft is the same 404 as a missing one.
import { ability, editorRoles } from '../access/policy.ts';

type DraftRef = { createdBy: string | null };
const ownDraft = (actor: { userId: string | null }, draft: DraftRef) => draft.createdBy === actor.userId;

export const draftPolicy = {
  canCreate: ability(editorRoles),
  canList: ability(editorRoles),
  canRead: ability<DraftRef>(editorRoles, ownDraft),
  canUpdate: ability<DraftRef>(editorRoles, ownDraft),
  canDiscard: ability<DraftRef>(editorRoles, ownDraft),
  canConfirm: ability<DraftRef>(editorRoles, ownDraft),
};
