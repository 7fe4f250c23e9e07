/**
 * Hours: how many focused hours each level has, and where the seniors' and mids' go first
 * (mentoring, security review, last week's incidents, review) before what is left is writing.
 */
import { modProduct } from '../cards.ts';
import { poolsTotal } from '../origin.ts';
import { V } from '../params.ts';
import { effectiveHeads, totalHeadcount, totalOnboarding } from '../staffing.ts';
import type { Levers, PerLevel, SimState } from '../types.ts';
import { LEVELS } from '../types.ts';
import type { WeekWork } from './work.ts';
import { clamp01, startWeek } from './work.ts';

export interface HoursInput {
  readonly levers: Levers;
  /** Production defects surfacing this week: fixing them is unplanned writing. */
  readonly defectsSurfaced: number;
}

export interface HoursOutput {
  /** Headcount this week, after arrivals. */
  readonly team: number;
  /** Share of the planned headcount missing (0 when fully staffed or over). */
  readonly shortfall: number;
  /** Writing hours relative to normal from overtime against the roadmap (1 = none). */
  readonly overtime: number;
  /** Focused hours each level has for writing, before overtime and card modifiers. */
  readonly writingHoursByLevel: PerLevel<number>;
  /** Share of writing that builds features rather than fixing surfaced defects. */
  readonly featureShare: number;
  /** Multiplier on writing hours: overtime times any card's effect. */
  readonly writingFactor: number;
  /** Hours seniors and mids spend reviewing, before card modifiers. */
  readonly reviewHours: { readonly senior: number; readonly mid: number };
  /** Share of seniors' hours gone to review, mentoring, security and incidents. */
  readonly seniorLoad: number;
}

function moraleProductivity(morale: number): number {
  return V.moraleProductivityBase + V.moraleProductivitySlope * morale;
}

/**
 * Hours worked relative to normal under the deadline pressure. Crunch buys hours first;
 * sustained, it wears people out until the extra hours are gone (S6, Abdel-Hamid & Madnick),
 * while tired people keep making more errors (the writing phase).
 */
function pressureHours(levers: Levers, exhaustion: number): number {
  return levers.deadlinePressure === 'crunch'
    ? 1 + (V.hoursCrunch - 1) * (1 - exhaustion)
    : levers.deadlinePressure === 'relaxed'
      ? V.hoursRelaxed
      : 1;
}

/** Wear after this week: each week of crunch adds to it; any other week lets it heal. */
function nextExhaustion(levers: Levers, exhaustion: number): number {
  return levers.deadlinePressure === 'crunch'
    ? clamp01(exhaustion + V.exhaustionPerCrunchWeek)
    : exhaustion * V.exhaustionRecovery;
}

/** Share of time left after coordination, which grows with each doubling of the team (Brooks). */
function communicationShare(team: number): number {
  return Math.max(
    V.commOverheadFloor,
    1 -
      V.commOverheadPerDoubling * Math.max(0, Math.log2(Math.max(1, team) / V.commOverheadRefTeam)),
  );
}

export function hoursPhase(work: WeekWork, input: HoursInput): HoursOutput {
  const { st } = work;
  const { levers } = input;
  st.exhaustion = nextExhaustion(levers, st.exhaustion);
  const team = totalHeadcount(st.staff);
  const shortfall = st.plannedHeadcount > 0 ? clamp01(1 - team / st.plannedHeadcount) : 0;
  const overtime = 1 + Math.min(V.shortfallOvertimeCap, V.shortfallOvertime * shortfall);
  // Focused hours per effective head, before each level's morale.
  const baseHours =
    V.hoursPerWeek * V.focusShare * pressureHours(levers, st.exhaustion) * communicationShare(team);
  const hoursPerHead: PerLevel<number> = {
    junior: baseHours * moraleProductivity(st.staff.junior.morale),
    mid: baseHours * moraleProductivity(st.staff.mid.morale),
    senior: baseHours * moraleProductivity(st.staff.senior.morale),
  };
  const heads: PerLevel<number> = {
    junior: effectiveHeads(st.staff.junior),
    mid: effectiveHeads(st.staff.mid),
    senior: effectiveHeads(st.staff.senior),
  };
  const hoursByLevel: PerLevel<number> = {
    junior: heads.junior * hoursPerHead.junior,
    mid: heads.mid * hoursPerHead.mid,
    senior: heads.senior * hoursPerHead.senior,
  };
  const mentorFte = totalOnboarding(st.staff) * V.mentorShare;
  const seniorMentoring = Math.min(
    V.mentoringMaxShare * hoursByLevel.senior,
    mentorFte * V.mentoringBySeniors * hoursPerHead.senior,
  );
  const midMentoring = Math.min(
    V.mentoringMaxShare * hoursByLevel.mid,
    mentorFte * (1 - V.mentoringBySeniors) * hoursPerHead.mid,
  );
  // New hires without a mentor's time ramp up only as far as the mentoring they get (S6).
  const mentoredFte =
    (hoursPerHead.senior > 0 ? seniorMentoring / hoursPerHead.senior : 0) +
    (hoursPerHead.mid > 0 ? midMentoring / hoursPerHead.mid : 0);
  const mentorCoverage = mentorFte > 0 ? clamp01(mentoredFte / mentorFte) : 1;
  for (const l of LEVELS) {
    const active = st.staff[l].active;
    hoursByLevel[l] = (active + (heads[l] - active) * mentorCoverage) * hoursPerHead[l];
  }
  const seniorHours = hoursByLevel.senior;
  const midHours = hoursByLevel.mid;
  const securityHours = levers.securityReview
    ? Math.min(V.securityReviewSeniorShare * seniorHours, seniorHours - seniorMentoring)
    : 0;
  // Last week's incidents pull seniors into war rooms and post-mortems (D6).
  const responseHours = Math.min(
    V.incidentResponseMaxShare * seniorHours,
    st.incidentHoursOwed,
    seniorHours - seniorMentoring - securityHours,
  );
  const seniorReview = Math.max(
    0,
    Math.min(
      levers.seniorReviewShare * seniorHours,
      seniorHours - seniorMentoring - securityHours - responseHours,
    ),
  );
  const midReview = V.midReviewShare * midHours;
  const writingHoursByLevel: PerLevel<number> = {
    junior: hoursByLevel.junior,
    mid: Math.max(0, midHours - midMentoring - midReview),
    senior: Math.max(
      0,
      seniorHours - seniorMentoring - securityHours - responseHours - seniorReview,
    ),
  };
  const writingTotal =
    writingHoursByLevel.junior + writingHoursByLevel.mid + writingHoursByLevel.senior;
  // Fixing surfaced defects is unplanned work: it writes lines (which need review like any
  // others) but delivers no new features (D5).
  const bugfixHours = Math.min(
    V.bugfixMaxShare * writingTotal,
    input.defectsSurfaced * V.bugfixHours,
  );
  const featureShare = writingTotal > 0 ? 1 - bugfixHours / writingTotal : 1;
  // Overtime against a roadmap planned for more people goes into writing, not reviewing.
  const writingFactor = modProduct(st.modifiers, 'writingHours') * overtime;
  const seniorLoad =
    seniorHours > 0
      ? clamp01((seniorMentoring + securityHours + responseHours + seniorReview) / seniorHours)
      : 0;
  return {
    team,
    shortfall,
    overtime,
    writingHoursByLevel,
    featureShare,
    writingFactor,
    reviewHours: { senior: seniorReview, mid: midReview },
    seniorLoad,
  };
}

/**
 * The hours seniors would give to review in the coming week under these levers, by the hours
 * phase itself on a copy of the state (the week's arrivals and cards are not foreseen): what
 * the controls show beside the review share.
 */
export function seniorReviewHours(state: SimState, levers: Levers): number {
  const defectsSurfaced = poolsTotal(state.latentDefects) * V.defectManifestRate;
  return hoursPhase(startWeek(state), { levers, defectsSurfaced }).reviewHours.senior;
}
