/**
 * Cause chains: the conditions that held in the week of an incident or a breach, for the
 * debrief to name. They explain; they never feed back into the model.
 */
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

export function incidentCauses(
  c: WeekConditions,
  incident: {
    prSizeRatio: number;
    testCatch: number;
    ownership: number;
    restoreHours: number;
  },
): CauseLink[] {
  return causeChain([
    [
      c.aiShareMerged > V.causeAiShare,
      { link: 'aiVolume', value: c.aiShareMerged, sources: ['F3', 'F5'] },
    ],
    [c.load > 1, { link: 'overload', value: c.load, sources: ['F5', 'S1'] }],
    [c.depth < V.dynSkimDepth, { link: 'skimmed', value: c.depth, sources: ['S1', 'A1'] }],
    [
      c.mergedLines > 0 && c.skippedLines / c.mergedLines > V.dynSkipShare,
      { link: 'skipped', value: skippedShare(c), sources: ['S4', 'A1'] },
    ],
    [c.crunch, { link: 'crunch', value: 1, sources: ['F4', 'S6'] }],
    [
      incident.prSizeRatio > V.causeLargeChange,
      { link: 'largeChanges', value: incident.prSizeRatio, sources: ['S4', 'S1'] },
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

export function breachCauses(
  c: WeekConditions,
  breach: { securityReview: boolean; pipelineLevel: number },
): CauseLink[] {
  return causeChain([
    [
      c.aiShareMerged > V.causeAiShare,
      { link: 'aiVulns', value: c.aiShareMerged, sources: ['F7', 'A0'] },
    ],
    [!breach.securityReview, { link: 'noSecurityReview', value: 0, sources: ['F7'] }],
    [c.depth < V.dynSkimDepth, { link: 'skimmed', value: c.depth, sources: ['S1', 'A1'] }],
    [
      c.mergedLines > 0 && c.skippedLines / c.mergedLines > V.dynSkipShare,
      { link: 'skipped', value: skippedShare(c), sources: ['S4'] },
    ],
    [
      breach.pipelineLevel < V.causeWeakTests,
      { link: 'weakTests', value: breach.pipelineLevel, sources: ['F6'] },
    ],
  ]);
}
