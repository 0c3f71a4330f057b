// Worker entry of the document pool (read-plan-in-worker.ts).

import { serveJobs } from '../jobs/serve-jobs.ts';
import { readUploadPlan, type UploadPlan } from './read-upload-plan.ts';

export interface ReadPlanJob {
  bytes: Uint8Array;
  fileName: string;
}

serveJobs<ReadPlanJob, UploadPlan>(({ bytes, fileName }) => readUploadPlan(bytes, fileName));
