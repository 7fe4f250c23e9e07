/**
 * Writing: AI multiplies lines far more than features, and some of its output is rework
 * (D1, D5). The feature content an AI-assisted hour carries is the measured gain (S5, S9,
 * S10), not the reported one (F4), and it grows with the delivery platform (S7). Defects and
 * vulnerabilities follow that content, at AI content's own risk (S8, S11, S12, S13), not the
 * lines: the new code joins the review queues with what it carries.
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
  readonly pipelineLevel: number;
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
  const { st, v } = work;
  const { levers, adoption, pipelineLevel, crunch, hours } = input;
  const reworkShare = V.aiReworkShare * (crunch ? V.crunchReworkFactor : 1);
  const lineBoost = crunch ? V.crunchLineBoost : 1;
  const aiHoursShare = adoption * (levers.leaderboard ? 1 - V.leaderboardWastedShare : 1);
  let humanLines = 0;
  let aiLines = 0;
  let humanUnits = 0;
  let aiUnits = 0;
  let reworkHours = 0;
  // DORA 2025 (S7): AI amplifies the delivery system; the measured gain sits at the low
  // end on a legacy platform and at the high end on a quality internal platform. Output
  // left uncorrected under crunch adds lines and defects, not features (F4's gap).
  const aiContentPerHour = v.aiTaskSpeed + (v.aiTaskSpeedPlatform - v.aiTaskSpeed) * pipelineLevel;
  // The hand-written lines the same content would have taken: defects follow content.
  let aiEquivLines = 0;
  for (const l of LEVELS) {
    const writing = hours.writingHoursByLevel[l] * hours.writingFactor;
    const byHand = writing * (1 - adoption);
    const withAi = writing * aiHoursShare;
    humanLines += byHand * LINES_PER_HOUR[l];
    humanUnits += byHand * hours.featureShare * UNITS_PER_HOUR[l];
    aiLines += withAi * LINES_PER_HOUR[l] * v.aiLineMultiplier * lineBoost;
    aiUnits += withAi * hours.featureShare * UNITS_PER_HOUR[l] * aiContentPerHour;
    aiEquivLines += withAi * LINES_PER_HOUR[l] * aiContentPerHour;
    reworkHours += withAi * reworkShare;
  }
  // Overtime against the roadmap, and the wear of sustained crunch, tire people, and tired
  // people make errors (S6).
  const humanDefectDensity =
    V.defectsPerKloc *
    (1 + V.overtimeDefects * (hours.overtime - 1 + st.exhaustion * (V.hoursCrunch - 1)));
  const aiDefectDensity =
    humanDefectDensity * v.aiDefectRisk * (crunch ? V.crunchAiDefectBoost : 1);
  const newHuman: Batch = {
    lines: humanLines,
    units: humanUnits,
    defects: (humanLines / 1000) * humanDefectDensity,
    vulns: (humanLines / 1000) * V.vulnsPerKloc,
  };
  const newAi: Batch = {
    lines: aiLines,
    units: aiUnits,
    defects: (aiEquivLines / 1000) * aiDefectDensity,
    vulns: (aiEquivLines / 1000) * V.vulnsPerKloc * v.aiVulnRisk,
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
