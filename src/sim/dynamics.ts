/**
 * The debrief's "which dynamics happened in this run, and why": each detector reads
 * the trajectory (weekly metrics and events) for the signature of one dynamic of
 * design/dynamics.md (D1-D14) and, when the run shows it, returns how strongly, the
 * first week it showed, and the numbers the explanation quotes. Nothing is
 * scripted: a run that did not show a dynamic gets no finding for it.
 *
 * `count`, where present, is the number the explanation's plural turns on (i18next's
 * `_zero/_one/_other`). Evidence is rounded for display (ratios `...X` to one decimal, shares `...Pct` to
 * whole percent, counts to whole numbers); the text lives in the locale files under
 * `debrief.dynamics.<id>`. Thresholds live in params.ts (`dyn*`).
 */
import { TENTHS } from './limits.ts';
import { V } from './params.ts';
import type { Levers, Reference, SimEvent, WeekMetrics } from './types.ts';

export const DYNAMIC_IDS = [
  'D1',
  'D2',
  'D3',
  'D4',
  'D5',
  'D6',
  'D7',
  'D8',
  'D9',
  'D10',
  'D11',
  'D12',
  'D13',
  'D14',
] as const;
export type DynamicId = (typeof DYNAMIC_IDS)[number];

export interface DynamicFinding {
  id: DynamicId;
  /** 0..1: how clearly the run showed it. */
  strength: number;
  /** The first week it showed. */
  week: number;
  /** The numbers its explanation interpolates. */
  evidence: Record<string, number>;
}

export interface DetectContext {
  /**
   * The levers in force each week (index 0 = week 1). Sign-off (D7) and crunch (D10)
   * are policies, not outcomes: without this they are read from causal chains only.
   */
  levers?: readonly Levers[];
}

// ---- small helpers (display rounding and arithmetic, not tunables) ----

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
/** 0 at the threshold, 0.5 at twice it, towards 1 beyond. */
const excess = (x: number, threshold: number) => (x > 0 ? clamp01(1 - threshold / x) : 0);
const r1 = (x: number) => Math.round(x * TENTHS) / TENTHS;
const pct = (x: number) => Math.round(x * 100);
const int = (x: number) => Math.round(x);
const ratio = (a: number, b: number) => (b > 0 ? a / b : a > 0 ? Number.POSITIVE_INFINITY : 1);

function mean(weeks: readonly WeekMetrics[], f: (w: WeekMetrics) => number): number {
  let s = 0;
  for (const w of weeks) s += f(w);
  return weeks.length > 0 ? s / weeks.length : 0;
}

function sum(weeks: readonly WeekMetrics[], f: (w: WeekMetrics) => number): number {
  let s = 0;
  for (const w of weeks) s += f(w);
  return s;
}

/** Mean of f over the window of weeks ending at index i. */
function windowMean(weeks: readonly WeekMetrics[], i: number, f: (w: WeekMetrics) => number) {
  const from = Math.max(0, i - V.dynWindowWeeks + 1);
  return mean(weeks.slice(from, i + 1), f);
}

/** Week number of the first week whose window satisfies `test`, or null. */
function firstWeek(weeks: readonly WeekMetrics[], test: (i: number) => boolean): number | null {
  for (let i = 0; i < weeks.length; i++) {
    if (test(i)) return weeks[i]?.week ?? i + 1;
  }
  return null;
}

/** The last quarter of the run (all of it when shorter): what the run came to. */
const late = (weeks: readonly WeekMetrics[]) =>
  weeks.slice(Math.max(0, weeks.length - V.quarterWeeks));
/** The first weeks of the run: where it started from. */
const early = (weeks: readonly WeekMetrics[]) => weeks.slice(0, V.dynWindowWeeks);

interface Ctx {
  weeks: readonly WeekMetrics[];
  events: readonly SimEvent[];
  ref: Reference;
  levers: readonly Levers[] | undefined;
  n: number;
  linesX: number;
  featuresX: number;
  peakLoad: number;
  incidents: number;
  incidentsPerQuarter: number;
  leadStart: number;
  leadEnd: number;
}

type Detector = (c: Ctx) => Omit<DynamicFinding, 'id'> | null;

const linesVsRef = (c: Ctx, w: WeekMetrics) => ratio(w.linesWritten, c.ref.linesPerWeek);

const DETECTORS: Record<DynamicId, Detector> = {
  // D1: lines multiply, features do not, and the difference waits in review.
  D1(c) {
    const gap = ratio(c.linesX, c.featuresX);
    if (c.linesX < V.dynLinesGrowth || gap < V.dynGapRatio || c.peakLoad <= 1) return null;
    const week =
      firstWeek(
        c.weeks,
        (i) =>
          windowMean(c.weeks, i, (w) => linesVsRef(c, w)) >= V.dynLinesGrowth &&
          (c.weeks[i]?.reviewLoad ?? 0) > 1,
      ) ?? c.n;
    return {
      strength: excess(gap, V.dynGapRatio),
      week,
      evidence: { linesX: r1(c.linesX), featuresX: r1(c.featuresX), peakLoadX: r1(c.peakLoad) },
    };
  },

  // D2: past capacity, review goes shallow, slow or missing.
  D2(c) {
    if (c.peakLoad <= 1) return null;
    const reviewed = c.weeks.filter((w) => w.linesReviewed > 0);
    const minDepth = reviewed.length > 0 ? Math.min(...reviewed.map((w) => w.reviewDepth)) : 1;
    const skipped = sum(c.weeks, (w) => w.linesSkipped);
    const skippedShare = ratio(skipped, skipped + sum(c.weeks, (w) => w.linesReviewed));
    const startSpeed = Math.max(0, ...early(c.weeks).map((w) => w.linesPerReviewerHour));
    let slowest = startSpeed;
    for (let i = V.dynWindowWeeks - 1; i < c.weeks.length; i++) {
      slowest = Math.min(
        slowest,
        windowMean(c.weeks, i, (w) => w.linesPerReviewerHour),
      );
    }
    const slowdown = startSpeed > 0 ? 1 - slowest / startSpeed : 0;
    const skim = minDepth < V.dynSkimDepth;
    const skip = skippedShare >= V.dynSkipShare;
    const slow = slowdown >= V.dynReviewSlowdown;
    if (!skim && !skip && !slow) return null;
    const week =
      firstWeek(c.weeks, (i) => {
        const w = c.weeks[i];
        return (
          w !== undefined &&
          w.reviewLoad > 1 &&
          (w.reviewDepth < V.dynSkimDepth ||
            ratio(w.linesSkipped, w.linesSkipped + w.linesReviewed) >= V.dynSkipShare)
        );
      }) ?? c.n;
    return {
      strength: Math.max(
        skim ? clamp01((V.dynSkimDepth - minDepth) / V.dynSkimDepth) : 0,
        skip ? excess(skippedShare, V.dynSkipShare) : 0,
        slow ? excess(slowdown, V.dynReviewSlowdown) : 0,
      ),
      week,
      evidence: {
        depthPct: pct(minDepth),
        skippedPct: pct(skippedShare),
        slowdownPct: pct(Math.max(0, slowdown)),
        ways: (skim ? 1 : 0) + (skip ? 1 : 0) + (slow ? 1 : 0),
        peakLoadX: r1(c.peakLoad),
      },
    };
  },

  // D3: escaped defects become incidents, more than the board tolerates a quarter.
  D3(c) {
    if (c.incidentsPerQuarter <= V.boardIncidentTolerance) return null;
    let maxBlast = 0;
    let customers = 0;
    const at: number[] = [];
    for (const e of c.events) {
      if (e.kind !== 'incident') continue;
      maxBlast = Math.max(maxBlast, e.blastRadius);
      customers += e.customers;
      at.push(e.week);
    }
    const week =
      at.find(
        (w) => at.filter((x) => x > w - V.quarterWeeks && x <= w).length > V.boardIncidentTolerance,
      ) ??
      at[0] ??
      c.n;
    return {
      strength: excess(c.incidentsPerQuarter, V.boardIncidentTolerance),
      week,
      evidence: {
        count: int(c.incidents),
        incidents: int(c.incidents),
        perQuarter: r1(c.incidentsPerQuarter),
        escaped: int(sum(c.weeks, (w) => w.escapedDefects)),
        maxBlastX: r1(maxBlast),
        customers: int(customers),
      },
    };
  },

  // D4: unreviewed merges and leavers shrink what the team understands.
  D4(c) {
    const start = c.weeks[0]?.ownership ?? 0;
    const lowest = Math.min(...c.weeks.map((w) => w.ownership));
    const fall = start - lowest;
    if (fall < V.dynOwnershipFall) return null;
    const week =
      firstWeek(c.weeks, (i) => start - (c.weeks[i]?.ownership ?? start) >= V.dynOwnershipFall) ??
      c.n;
    return {
      strength: excess(fall, V.dynOwnershipFall),
      week,
      evidence: {
        startPct: pct(start),
        endPct: pct(c.weeks[c.n - 1]?.ownership ?? lowest),
        fallPts: pct(fall),
        quits: int(sum(c.weeks, (w) => w.quits)),
      },
    };
  },

  // D5: correcting and redoing AI output is work, and it takes hours from shipping.
  D5(c) {
    const hours = V.hoursPerWeek * V.focusShare;
    let peak = 0;
    for (let i = 0; i < c.n; i++)
      peak = Math.max(
        peak,
        windowMean(c.weeks, i, (w) => w.reworkHours),
      );
    const engineers = peak / hours;
    if (engineers < V.dynReworkEngineers) return null;
    const week =
      firstWeek(
        c.weeks,
        (i) => windowMean(c.weeks, i, (w) => w.reworkHours) / hours >= V.dynReworkEngineers,
      ) ?? c.n;
    return {
      strength: excess(engineers, V.dynReworkEngineers),
      week,
      evidence: {
        count: int(engineers),
        engineers: int(engineers),
        hours: int(sum(c.weeks, (w) => w.reworkHours)),
        featuresX: r1(c.featuresX),
      },
    };
  },

  // D6: vetting AI output loads the seniors, and their morale falls below everyone else's.
  D6(c) {
    const loaded = c.weeks.filter((w) => w.seniorLoad > V.seniorLoadThreshold);
    if (loaded.length < V.dynSeniorWeeks) return null;
    let gap = 0;
    let senior = 0;
    let others = 0;
    for (const w of c.weeks) {
      const rest = w.engineers - w.seniors;
      if (rest <= 0) continue;
      const o = (w.morale * w.engineers - w.seniorMorale * w.seniors) / rest;
      if (o - w.seniorMorale > gap) {
        gap = o - w.seniorMorale;
        senior = w.seniorMorale;
        others = o;
      }
    }
    if (gap < V.dynMoraleGap) return null;
    let seniorQuits = 0;
    for (const e of c.events) if (e.kind === 'quit' && e.level === 'senior') seniorQuits += e.count;
    return {
      strength: excess(gap, V.dynMoraleGap),
      week: loaded[0]?.week ?? c.n,
      evidence: {
        peakLoadPct: pct(Math.max(...loaded.map((w) => w.seniorLoad))),
        seniorMoralePct: pct(senior),
        othersMoralePct: pct(others),
        seniorQuits: int(seniorQuits),
        count: loaded.length,
        weeks: loaded.length,
      },
    };
  },

  // D7: sign-off catches defects but throttles delivery.
  D7(c) {
    if (!c.levers) return null;
    const on = c.weeks.filter((_, i) => c.levers?.[i]?.seniorSignoff === true);
    if (on.length < V.dynWindowWeeks) return null;
    const deploys = mean(on.slice(-V.dynWindowWeeks), (w) => w.deploys);
    const drop = c.ref.deploysPerWeek > 0 ? 1 - deploys / c.ref.deploysPerWeek : 0;
    const leadRise = ratio(
      mean(on.slice(-V.dynWindowWeeks), (w) => w.leadTimeDays),
      c.leadStart,
    );
    if (drop < V.dynDeployDrop && leadRise < V.dynLeadTimeRise) return null;
    return {
      strength: Math.max(excess(drop, V.dynDeployDrop), excess(leadRise, V.dynLeadTimeRise)),
      week: on[0]?.week ?? c.n,
      evidence: {
        deploysBefore: r1(c.ref.deploysPerWeek),
        deploysAfter: r1(deploys),
        leadStart: r1(c.leadStart),
        leadEnd: r1(mean(on.slice(-V.dynWindowWeeks), (w) => w.leadTimeDays)),
        cfrPct: pct(mean(on, (w) => w.changeFailureRate)),
        count: on.length,
        weeks: on.length,
      },
    };
  },

  // D8: a layoff removes the reviewers; the survivors' morale drops.
  D8(c) {
    const i = c.weeks.findIndex((w) => w.laidOff > 0);
    if (i < 0) return null;
    const laidOff = sum(c.weeks, (w) => w.laidOff);
    const w0 = c.weeks[i];
    const before =
      i > 0 ? (c.weeks[i - 1]?.engineers ?? 0) : (w0?.engineers ?? 0) + (w0?.laidOff ?? 0);
    const share = ratio(laidOff, before);
    if (share < V.dynLayoffShare) return null;
    const prior = c.weeks.slice(Math.max(0, i - V.dynWindowWeeks), i);
    const after = c.weeks.slice(i, i + V.quarterWeeks);
    const capacityBefore =
      prior.length > 0 ? mean(prior, (w) => w.reviewCapacity) : (w0?.reviewCapacity ?? 0);
    const moraleBefore = prior.length > 0 ? mean(prior, (w) => w.morale) : (w0?.morale ?? 0);
    return {
      strength: excess(share, V.dynLayoffShare),
      week: w0?.week ?? c.n,
      evidence: {
        count: int(laidOff),
        laidOff: int(laidOff),
        sharePct: pct(share),
        capacityFallPct: pct(
          Math.max(0, 1 - ratio(Math.min(...after.map((w) => w.reviewCapacity)), capacityBefore)),
        ),
        moraleBeforePct: pct(moraleBefore),
        moraleAfterPct: pct(Math.min(...after.map((w) => w.morale))),
        quitsAfter: int(sum(after, (w) => w.quits)),
      },
    };
  },

  // D9: a usage ranking inflates adoption and tokens, not output.
  D9(c) {
    let inflation = 0;
    let tokensX = 1;
    let gamed = 0;
    for (const w of c.weeks) {
      const d = w.measuredAdoption - w.adoption;
      if (d >= V.dynAdoptionInflation) gamed += 1;
      inflation = Math.max(inflation, d);
      const real = w.adoption * w.engineers * V.tokensPerAiUserWeek;
      if (real > 0) tokensX = Math.max(tokensX, w.tokens / real);
    }
    if (inflation < V.dynAdoptionInflation) return null;
    return {
      strength: Math.max(excess(tokensX, 1), clamp01(gamed / c.n)),
      week:
        c.weeks.find((w) => w.measuredAdoption - w.adoption >= V.dynAdoptionInflation)?.week ?? c.n,
      evidence: {
        inflationPts: pct(inflation),
        tokensX: r1(tokensX),
        computeCost: int(sum(c.weeks, (w) => w.computeCost)),
        featuresX: r1(c.featuresX),
        count: gamed,
        weeks: gamed,
      },
    };
  },

  // D10: crunch buys velocity with scrutiny: more skipped, more escaped per line.
  D10(c) {
    const crunch = new Set<number>();
    if (c.levers) {
      c.weeks.forEach((w, i) => {
        if (c.levers?.[i]?.deadlinePressure === 'crunch') crunch.add(w.week);
      });
    } else {
      for (const e of c.events) {
        if (
          (e.kind === 'incident' || e.kind === 'breach') &&
          e.chain.some((l) => l.link === 'crunch')
        )
          crunch.add(e.week);
      }
    }
    if (crunch.size < V.dynWindowWeeks) return null;
    const inC = c.weeks.filter((w) => crunch.has(w.week));
    const outC = c.weeks.filter((w) => !crunch.has(w.week));
    const perKloc = (ws: readonly WeekMetrics[]) =>
      ratio(
        sum(ws, (w) => w.escapedDefects),
        sum(ws, (w) => w.linesReviewed + w.linesSkipped) / 1000,
      );
    const skipped = sum(inC, (w) => w.linesSkipped);
    return {
      strength: clamp01(inC.length / c.n),
      week: inC[0]?.week ?? c.n,
      evidence: {
        count: inC.length,
        weeks: inC.length,
        skippedPct: pct(ratio(skipped, skipped + sum(inC, (w) => w.linesReviewed))),
        escapedPerKloc: r1(perKloc(inC)),
        escapedPerKlocOther: outC.length > 0 ? r1(perKloc(outC)) : 0,
        linesX: r1(
          ratio(
            mean(inC, (w) => w.linesWritten),
            c.ref.linesPerWeek,
          ),
        ),
      },
    };
  },

  // D11: vulnerabilities pile up faster than they are found; some get exploited.
  D11(c) {
    const start = c.weeks[0]?.openVulns ?? 0;
    const end = c.weeks[c.n - 1]?.openVulns ?? start;
    const growth = ratio(end, start);
    let breaches = 0;
    let customers = 0;
    let firstBreach: number | null = null;
    // Only breaches through AI-assisted code are this dynamic; the rest are ordinary risk.
    for (const e of c.events) {
      if (e.kind !== 'breach' || e.origin !== 'ai') continue;
      breaches += 1;
      customers += e.customers;
      firstBreach ??= e.week;
    }
    if (breaches === 0 && growth < V.dynVulnGrowth) return null;
    const week =
      firstBreach ??
      firstWeek(c.weeks, (i) => ratio(c.weeks[i]?.openVulns ?? 0, start) >= V.dynVulnGrowth) ??
      c.n;
    return {
      strength: breaches > 0 ? 1 : excess(growth, V.dynVulnGrowth),
      week,
      evidence: {
        count: breaches,
        breaches,
        vulnsStart: int(start),
        vulnsEnd: int(end),
        growthX: r1(growth),
        customers: int(customers),
      },
    };
  },

  // D12: AI at scale with the pipeline built for it: more shipped, no more breaking.
  D12(c) {
    const pipeline = Math.max(...c.weeks.map((w) => w.pipelineLevel));
    const adoption = mean(late(c.weeks), (w) => w.adoption);
    if (
      pipeline < V.dynPipelineLevel ||
      adoption < V.dynAdoption ||
      c.featuresX <= 1 ||
      c.incidentsPerQuarter > V.boardIncidentTolerance
    )
      return null;
    return {
      strength: clamp01(pipeline),
      week: c.weeks.find((w) => w.pipelineLevel >= V.dynPipelineLevel)?.week ?? c.n,
      evidence: {
        pipelinePct: pct(pipeline),
        adoptionPct: pct(adoption),
        featuresX: r1(c.featuresX),
        perQuarter: r1(c.incidentsPerQuarter),
      },
    };
  },

  // D13: the board's numbers soar while what customers feel does not.
  D13(c) {
    const gap = ratio(c.linesX, c.featuresX);
    // Reality got worse: more incidents than the board tolerates, or fewer features than before.
    const worse = c.incidentsPerQuarter > V.boardIncidentTolerance || c.featuresX < 1;
    if (c.linesX < V.dynLinesGrowth || gap < V.dynGapRatio || !worse) return null;
    const l = late(c.weeks);
    return {
      strength: excess(gap, V.dynGapRatio),
      week:
        firstWeek(
          c.weeks,
          (i) => windowMean(c.weeks, i, (w) => linesVsRef(c, w)) >= V.dynLinesGrowth,
        ) ?? c.n,
      evidence: {
        linesX: r1(c.linesX),
        // The figure the board's dashboard showed at the end, as the debrief's board column quotes it.
        adoptionPct: pct(c.weeks[c.n - 1]?.measuredAdoption ?? 0),
        tokens: int(sum(c.weeks, (w) => w.tokens)),
        featuresX: r1(c.featuresX),
        leadStart: r1(c.leadStart),
        leadEnd: r1(c.leadEnd),
        cfrPct: pct(mean(l, (w) => w.changeFailureRate)),
        customers: int(sum(c.weeks, (w) => w.customersAffected)),
      },
    };
  },

  // D14: it feels faster while it measures slower: lead time rose or features fell, clearly.
  D14(c) {
    const perceived = mean(late(c.weeks), (w) => w.perceivedVelocity);
    const rise = perceived - 1;
    const leadRise = ratio(c.leadEnd, c.leadStart);
    const leadSlower = leadRise >= V.dynLeadTimeRise;
    const featuresSlower = c.featuresX <= 1 - V.dynFeaturesFall;
    if (rise < V.dynPerceivedRise || !(leadSlower || featuresSlower)) return null;
    const slowerAt = (i: number) =>
      leadSlower
        ? ratio(
            windowMean(c.weeks, i, (w) => w.leadTimeDays),
            c.leadStart,
          ) >= V.dynLeadTimeRise
        : windowMean(c.weeks, i, (w) => w.featuresShipped) <=
          c.ref.featuresPerWeek * (1 - V.dynFeaturesFall);
    return {
      strength: Math.max(
        leadSlower ? excess(leadRise, V.dynLeadTimeRise) : 0,
        featuresSlower ? clamp01(1 - c.featuresX) : 0,
      ),
      week:
        firstWeek(
          c.weeks,
          (i) =>
            windowMean(c.weeks, i, (w) => w.perceivedVelocity) - 1 >= V.dynPerceivedRise &&
            slowerAt(i),
        ) ?? c.n,
      evidence: {
        perceivedPct: pct(rise),
        leadStart: r1(c.leadStart),
        leadEnd: r1(c.leadEnd),
        featuresX: r1(c.featuresX),
        // Which measure the explanation leads with: 1 when lead time rose, 0 when only features fell.
        leadSlower: leadSlower ? 1 : 0,
      },
    };
  },
};

/** The dynamics this run showed, strongest first (ties in D order). */
export function detectDynamics(
  weeks: readonly WeekMetrics[],
  events: readonly SimEvent[],
  reference: Reference,
  context: DetectContext = {},
): DynamicFinding[] {
  const n = weeks.length;
  if (n === 0) return [];
  const l = late(weeks);
  const incidents = sum(weeks, (w) => w.incidents);
  const c: Ctx = {
    weeks,
    events,
    ref: reference,
    levers: context.levers,
    n,
    linesX: ratio(
      mean(l, (w) => w.linesWritten),
      reference.linesPerWeek,
    ),
    featuresX: ratio(
      mean(l, (w) => w.featuresShipped),
      reference.featuresPerWeek,
    ),
    peakLoad: Math.max(...weeks.map((w) => w.reviewLoad)),
    incidents,
    incidentsPerQuarter: (incidents / n) * V.quarterWeeks,
    leadStart: reference.leadTimeDays,
    leadEnd: mean(l, (w) => w.leadTimeDays),
  };
  const out: DynamicFinding[] = [];
  for (const id of DYNAMIC_IDS) {
    const f = DETECTORS[id](c);
    if (f) out.push({ id, ...f, strength: clamp01(f.strength) });
  }
  return out.sort((a, b) => b.strength - a.strength);
}
