/**
 * The reading of the evidence a run plays at, as the views need it: which reading a run used,
 * which others it can be replayed at, and whether it was played on an older model than today's
 * (its code then replays here with figures that differ from what the player saw).
 */
import type { EvidenceReading } from '../sim/index.ts';
import { EVIDENCE_READINGS, MODEL_VERSION } from '../sim/index.ts';
import type { RunRecord } from './run-record.ts';

/** Every reading, cautious first, for the views (which take values from src/state, not src/sim). */
export const READINGS: readonly EvidenceReading[] = EVIDENCE_READINGS;
/** The model today's build plays. */
export const CURRENT_MODEL: number = MODEL_VERSION;

/** The reading a run plays at: central when the record names none. */
export function readingOf(record: Pick<RunRecord, 'evidence'>): EvidenceReading {
  return record.evidence ?? 'central';
}

/** The readings a run could be replayed at besides its own, the two ends first. */
export function otherReadings(reading: EvidenceReading): EvidenceReading[] {
  const order: readonly EvidenceReading[] = ['low', 'high', 'central'];
  return order.filter((r) => r !== reading);
}

/** The model version a run was played on: today's, unless its results code says an older one. */
export function modelVersionOf(record: Pick<RunRecord, 'modelVersion'>): number {
  return record.modelVersion ?? MODEL_VERSION;
}

/**
 * True for a run whose results code was made on an older model: it replays on today's model, so
 * its figures differ from what the player saw, and the debrief says so.
 */
export function playedOnOlderModel(record: Pick<RunRecord, 'modelVersion'>): boolean {
  return modelVersionOf(record) < MODEL_VERSION;
}

/** Reads a reading from untrusted text (a form field), or undefined. */
export function parseReading(raw: string): EvidenceReading | undefined {
  return EVIDENCE_READINGS.find((r) => r === raw);
}
