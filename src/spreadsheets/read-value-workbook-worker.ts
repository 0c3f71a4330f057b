// Worker entry of the spreadsheet pool (read-workbook-in-worker.ts).

import { serveJobs } from '../jobs/serve-jobs.ts';
import { readValueWorkbook, type WorkbookGrids } from './read-value-workbook.ts';

export interface ReadWorkbookJob {
  bytes: Uint8Array;
}

serveJobs<ReadWorkbookJob, WorkbookGrids>(({ bytes }) => readValueWorkbook(bytes));
