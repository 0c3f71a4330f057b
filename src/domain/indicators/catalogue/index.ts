// The seed catalogue: every indicator the seed plans target, grouped by theme.

import type { Catalogue } from '../types.ts';
import { commonElements } from './common.ts';
import { educationElements, educationIndicators } from './education.ts';
import { educationStaffElements, educationStaffIndicators } from './education-staff.ts';
import { employmentElements, employmentIndicators } from './employment.ts';
import { healthElements, healthIndicators } from './health.ts';
import { labourTrainingElements, labourTrainingIndicators } from './labour-training.ts';
import { officialsDigitalElements, officialsDigitalIndicators } from './officials-digital.ts';

export const seedCatalogue: Catalogue = {
  dataElements: [
    ...commonElements,
    ...labourTrainingElements,
    ...educationElements,
    ...educationStaffElements,
    ...healthElements,
    ...employmentElements,
    ...officialsDigitalElements,
  ],
  indicators: [
    ...labourTrainingIndicators,
    ...educationIndicators,
    ...educationStaffIndicators,
    ...healthIndicators,
    ...employmentIndicators,
    ...officialsDigitalIndicators,
  ],
};
