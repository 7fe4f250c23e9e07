/**
 * Cause chains: the conditions that held in the week of an incident or a breach, for the
 * debrief to name. They explain; they never feed back into the model.
 */

import type { Origin, ReviewPath } from '../origin.ts';
import { V } from '../params.ts';
import type { CauseLink } from '../types.ts';

function causeChain(links: Array<[boolean, CauseLink]>): CauseLink[] {
  const chain = links.filter(([applies]) => applies).map(([, link]) => link);
  return chain.length > 0 ? chain : [{ link: 'ordinary', value: 0, sources: ['reasoning'] }];
}

/** What the week's review and merge looked like, as the causes read it. */
export interface WeekConditions {
  readonly aiShareMerged: number;
  readonly load: number;
  readonly depth: number;
  readonly mergedLines: number;
  readonly skippedLines: number;
  readonly crunch: boolean;
}

function skippedShare(c: WeekConditions): number {
  return c.mergedLines > 0 ? c.skippedLines / c.mergedLines : 0;
}

/**
 * The chain of one incident: what applied to the change its defect came from (its origin and
 * how it passed review), and the week's conditions that widened or lengthened it. An AI link
 * appears only when that change was AI-assisted: with no AI, no chain mentions AI.
 */
export function incidentCauses(
  c: WeekConditions,
  incident: {
    origin: Origin;
    path: ReviewPath;
    /** The change's size against a hand-written change's. */
    changeSize: number;
    testCatch: number;
    ownership: number;
    restoreHours: number;
  },
): CauseLink[] {
  const fromAi = incident.origin === 'ai';
  const gave = incident.path !== 'reviewed';
  return causeChain([
    [fromAi, { link: 'aiVolume', value: c.aiShareMerged, sources: ['S12', 'S8'] }],
    [gave && c.load > 1, { link: 'overload', value: c.load, sources: ['F5', 'S1'] }],
    [incident.path === 'skimmed', { link: 'skimmed', value: c.depth, sources: ['S1', 'A1'] }],
    [
      incident.path === 'skipped',
      { link: 'skipped', value: skippedShare(c), sources: ['S4', 'A1'] },
    ],
    [c.crunch, { link: 'crunch', value: 1, sources: ['F4', 'S6'] }],
    [
      fromAi && incident.changeSize > V.causeLargeChange,
      { link: 'largeChanges', value: incident.changeSize, sources: ['S4', 'S1'] },
    ],
    [
      incident.testCatch < V.causeWeakTests,
      { link: 'weakTests', value: incident.testCatch, sources: ['F6'] },
    ],
    [
      incident.ownership < V.causeLowOwnership,
      { link: 'lowOwnership', value: incident.ownership, sources: ['A1'] },
    ],
    [
      incident.restoreHours > V.causeSlowRestore * V.restoreHoursBase,
      { link: 'slowRestore', value: incident.restoreHours, sources: ['A0', 'A1'] },
    ],
  ]);
}

/** The chain of one breach: the vulnerability's own origin and review path, and the week's guards. */
export function breachCauses(
  c: WeekConditions,
  breach: { origin: Origin; path: ReviewPath; securityReview: boolean; pipelineLevel: number },
): CauseLink[] {
  return causeChain([
    [breach.origin === 'ai', { link: 'aiVulns', value: c.aiShareMerged, sources: ['S13', 'S12'] }],
    [!breach.securityReview, { link: 'noSecurityReview', value: 0, sources: ['F7'] }],
    [breach.path === 'skimmed', { link: 'skimmed', value: c.depth, sources: ['S1', 'A1'] }],
    [breach.path === 'skipped', { link: 'skipped', value: skippedShare(c), sources: ['S4'] }],
    [
      breach.pipelineLevel < V.causeWeakTests,
      { link: 'weakTests', value: breach.pipelineLevel, sources: ['F6'] },
    ],
  ]);
}
