// Refuses an extracted plan with more items of a kind than one draft may hold: a 19.9 MB text
// of task lines once became a draft of 101,787 tasks (73 MB of JSON).

import type { PlanExtraction } from '../domain/extraction/types.ts';
import { DocumentReadError } from './document-read-error.ts';
import { MAX_DRAFT_ITEMS, formatCount } from './document-limits.ts';

const ITEM_NAMES: Record<keyof typeof MAX_DRAFT_ITEMS, string> = {
  targets: 'chỉ tiêu',
  tasks: 'nhiệm vụ',
  reporting: 'yêu cầu báo cáo',
  references: 'văn bản căn cứ',
};

export function checkDraftItems(extraction: PlanExtraction): void {
  for (const kind of Object.keys(MAX_DRAFT_ITEMS) as Array<keyof typeof MAX_DRAFT_ITEMS>) {
    const count = extraction[kind].length;
    const max = MAX_DRAFT_ITEMS[kind];
    if (count > max) {
      const name = ITEM_NAMES[kind];
      throw new DocumentReadError(
        'too_many_items',
        `Văn bản có ${formatCount(count)} ${name}, vượt giới hạn ${formatCount(max)} ${name} của một bản nháp kế hoạch; hãy chia thành nhiều tệp.`,
      );
    }
  }
}
