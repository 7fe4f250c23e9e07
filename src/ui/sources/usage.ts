/**
 * Which parameters each source drives, derived from the model card, and the filter the
 * sources screen applies. Pure, tested in Node.
 */

/** The facts and studies, then the two source articles, then modelling judgement. */
export const SOURCE_ORDER = [
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'F8',
  'F9',
  'F10',
  'F11',
  'S1',
  'S2',
  'S3',
  'S4',
  'S5',
  'S6',
  'S7',
  'S8',
  'S9',
  'S10',
  'S11',
  'S12',
  'S13',
  'A0',
  'A1',
  'reasoning',
] as const;

export interface CardEntry {
  key: string;
  param: {
    value: number;
    unit: string;
    sources: readonly string[];
    /** How the number is supported (calibrated, inspired, assumed); absent in bare test entries. */
    kind?: string;
    /** The value at the reading least (low) and most (high) favourable to AI, when sources give a range. */
    evidence?: { readonly low: number; readonly high: number };
  };
}

/** Source id -> the keys of the parameters that cite it, every listed source present (maybe empty). */
export function paramsBySource(card: readonly CardEntry[]): Map<string, string[]> {
  const out = new Map<string, string[]>(SOURCE_ORDER.map((id) => [id, []]));
  for (const { key, param } of card) {
    for (const s of param.sources) {
      const list = out.get(s) ?? [];
      list.push(key);
      out.set(s, list);
    }
  }
  return out;
}

const SOURCE_ID = /^(?:[FSA]\d{1,2})$/i;

/** Normalises a query: trimmed, lower case; a bare source id ("f5") is matched exactly. */
export function parseQuery(q: string): { text: string; sourceId: string | null } {
  const text = q.trim().toLowerCase();
  return { text, sourceId: SOURCE_ID.test(text) ? text.toUpperCase() : null };
}

/** Does a parameter (its key, sentence, unit, value text and sources) match the query? */
export function paramMatches(
  query: { text: string; sourceId: string | null },
  entry: CardEntry,
  haystack: string,
): boolean {
  if (!query.text) return true;
  if (query.sourceId) return entry.param.sources.includes(query.sourceId);
  return haystack.toLowerCase().includes(query.text);
}

/** Does a source (its id and texts) match the query? */
export function sourceMatches(
  query: { text: string; sourceId: string | null },
  id: string,
  haystack: string,
): boolean {
  if (!query.text) return true;
  if (query.sourceId) return id === query.sourceId;
  return `${id} ${haystack}`.toLowerCase().includes(query.text);
}
