// Data elements several themes share.

import type { DataElement } from '../types.ts';
import { defineElement, PEOPLE, STOCK } from './define.ts';

export const commonElements: DataElement[] = [
  defineElement('population', 'Dân số trung bình', 'Average population', 'người', STOCK, PEOPLE),
];
