/**
 * The text keys of the content that names its text by id (`src/content`), checked against
 * English at compile time: a card, a choice or a hint whose text is missing from English fails
 * `npm run typecheck` here, where the id is written, not first in the view that builds the key.
 * Types only: nothing here reaches the bundle. (src/content may not import src/i18n, so the check
 * sits on this side of the rule.)
 */
import type { WrittenDeck } from '../content/cards.ts';
import type { HINTS } from '../content/hints.ts';
import type { TextKey } from './tr.ts';

/** Fails to compile when any of `K` is not a key English has. */
type English<K extends TextKey> = K;

type Card = WrittenDeck[number];

/** Every key a card's dialog reads: its title and body, and each choice's label and outcome. */
type KeysOf<C> = C extends { id: infer Id extends string; choices: readonly (infer Ch)[] }
  ?
      | `content:cards.${Id}.title`
      | `content:cards.${Id}.body`
      | (Ch extends { id: infer Choice extends string }
          ? `content:cards.${Id}.choices.${Choice}.${'label' | 'outcome'}`
          : never)
  : never;

export type CardTextKey = English<KeysOf<Card>>;
export type HintTextKey = English<(typeof HINTS)[number]['key']>;
