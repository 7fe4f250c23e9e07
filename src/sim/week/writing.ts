/**
 * Writing: AI multiplies lines far more than features, and some of its output is rework
 * (D1, D5). The new code joins the review queues with the defects and vulnerabilities it carries.
 */
import { V } from '../params.ts';
import type { Batch, Levers, PerLevel } from '../types.ts';
import { LEVELS } from '../types.ts';
import type { HoursOutput } from './hours.ts';
import type { WeekWork } from './work.ts';
import { addTo } from './work.ts';

/** Hand-written lines and feature content per focused hour, by level. */
const LINES_PER_HOUR: PerLevel<number> = {
  junior: V.linesPerHourJunior,
  mid: V.linesPerHourMid,
  senior: V.linesPerHourSenior,
};
const UNITS_PER_HOUR: PerLevel<number> = {
  junior: V.featureUnitsPerHourJunior,
  mid: V.featureUnitsPerHourMid,
  senior: V.featureUnitsPerHourSenior,
};

export interface WritingInput {
  readonly levers: Levers;
  readonly adoption: number;
  readonly crunch: boolean;
  readonly hours: Pick<
    HoursOutput,
    'writingHoursByLevel' | 'writingFactor' | 'featureShare' | 'overtime'
  >;
}

export interface WritingOutput {
  readonly humanLines: number;
  readonly aiLines: number;
  /** AI users' hours spent correcting or redoing wrong output. */
  readonly reworkHours: number;
  readonly defectsInjected: number;
}

export function writingPhase(work: WeekWork, input: WritingInput): WritingOutput {
  const { st } = work;
  const { levers, adoption, crunch, hours } = input;
  const reworkShare = V.aiReworkShare * (crunch ? V.crunchReworkFactor : 1);
  const lineBoost = crunch ? V.crunchLineBoost : 1;
  const aiHoursShare = adoption * (levers.leaderboard ? 1 - V.leaderboardWastedShare : 1);
  let humanLines = 0;
  let aiLines = 0;
  let humanUnits = 0;
  let aiUnits = 0;
  let reworkHours = 0;
  for (const l of LEVELS) {
    const writing = hours.writingHoursByLevel[l] * hours.writingFactor;
    const byHand = writing * (1 - adoption);
    const withAi = writing * aiHoursShare;
    humanLines += byHand * LINES_PER_HOUR[l];
    humanUnits += byHand * hours.featureShare * UNITS_PER_HOUR[l];
    aiLines += withAi * LINES_PER_HOUR[l] * V.aiLineMultiplier * lineBoost;
    aiUnits +=
      withAi * hours.featureShare * UNITS_PER_HOUR[l] * (1 + V.aiFeatureGain) * (1 - reworkShare);
    reworkHours += withAi * reworkShare;
  }
  // Overtime against the roadmap tires people, and tired people make errors (S6).
  const humanDefectDensity = V.defectsPerKloc * (1 + V.overtimeDefects * (hours.overtime - 1));
  const aiDefectDensity =
    humanDefectDensity * V.aiDefectMultiplier * (crunch ? V.crunchAiDefectBoost : 1);
  const newHuman: Batch = {
    lines: humanLines,
    units: humanUnits,
    defects: (humanLines / 1000) * humanDefectDensity,
    vulns: (humanLines / 1000) * V.vulnsPerKloc,
  };
  const newAi: Batch = {
    lines: aiLines,
    units: aiUnits,
    defects: (aiLines / 1000) * aiDefectDensity,
    vulns: (aiLines / 1000) * V.vulnsPerKloc * V.aiVulnMultiplier,
  };
  addTo(st.queue.human, newHuman);
  addTo(st.queue.ai, newAi);
  return {
    humanLines,
    aiLines,
    reworkHours,
    defectsInjected: newHuman.defects + newAi.defects,
  };
}
