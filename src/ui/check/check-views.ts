/**
 * The learning check's views in one chunk, fetched together when a run has the check on
 * (`check-lazy.ts`): one file rather than three keeps the site's code smaller.
 */
import { createCheckDialog } from './check-dialog.ts';
import { buildCheckSection } from './check-section.ts';
import { createPredictionDialog } from './prediction-dialog.ts';

export const CHECK_VIEWS = { createCheckDialog, createPredictionDialog, buildCheckSection };
