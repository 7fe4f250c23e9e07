/**
 * The learning check a results code carries, as `--replay` prints it beside the run: each
 * sitting's answers scored (the item, the form, the choice, right or not), the player's own
 * normalised gain, the attribution item's cause before and after, and the prediction beside
 * the truth and the sound policy's figures on the same seed.
 */
import type { PredictionTruth, SittingScore } from '../content/check-stats.ts';
import { predictionGap, scoreRecord, scoreSitting } from '../content/check-stats.ts';
import type { CheckAnswer, CheckRecord, LaterCheck } from '../content/learning-check.ts';
import { ATTRIBUTION_ITEM } from '../content/learning-check.ts';

function sitting(score: SittingScore, answers: readonly CheckAnswer[]) {
  return {
    form: score.form,
    correct: score.correct,
    percent: Number(score.percent.toPrecision(6)),
    items: score.items.map((i) => ({
      item: i.item,
      choice: answers.find((a) => a.item === i.item)?.choice ?? null,
      outcome: i.outcome,
    })),
  };
}

const cause = (answers: readonly CheckAnswer[] | undefined): string | null =>
  answers?.find((a) => a.item === ATTRIBUTION_ITEM)?.choice ?? null;

/** A run's check; `truth` is the run's own and the sound policy's features and incidents. */
export function checkJson(record: CheckRecord, truth: PredictionTruth) {
  const score = scoreRecord(record);
  const round = (n: number) => Number(n.toPrecision(6));
  return {
    firstForm: record.firstForm,
    before: score.before && record.before ? sitting(score.before, record.before) : null,
    after: score.after && record.after ? sitting(score.after, record.after) : null,
    gain: score.gain === null ? null : round(score.gain),
    attribution: { before: cause(record.before), after: cause(record.after) },
    prediction: record.prediction
      ? {
          ...record.prediction,
          truth,
          gap: (({ features, incidents }) => ({
            features: round(features),
            incidents: round(incidents),
          }))(predictionGap(record.prediction, truth)),
        }
      : null,
  };
}

/** A `later` code: the check taken alone. */
export function laterJson(later: LaterCheck) {
  return { later: sitting(scoreSitting(later.form, later.answers), later.answers) };
}
