// Loaded with --import into a worker thread started from source: Node 20 does not apply
// `--import tsx` to a worker's own modules, while tsx's API registration does.
import { register } from 'tsx/esm/api';

register();
