import type { PlanExtraction } from '../../../api/types.ts';
import type { ReviewSection } from './draft-edits.ts';

/** Applies an edit to the draft being reviewed (functional, so callbacks stay stable). */
export type EditExtraction = (change: (current: PlanExtraction) => PlanExtraction) => void;

export interface Selection {
  section: ReviewSection;
  id: string | null;
  line: number | null;
}

export type SelectItem = (selection: Selection) => void;
