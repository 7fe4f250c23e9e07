/** The CLI's words for a results code it refuses (the game says the same in the player's language). */
import type { CheckProblem } from '../content/check-code.ts';
import type { CodeProblem } from '../content/results-code.ts';

export function codeProblemText(p: CodeProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'the results code is empty';
    case 'tooLong':
      return `the results code is longer than any run's (over ${p.max} characters)`;
    case 'characters':
      return `the results code has a character no code has at position ${p.at} (${JSON.stringify(p.char)}); codes use only A-Z, a-z, 0-9, - and _`;
    case 'truncated':
      return 'the results code is cut short: copy all of it';
    case 'checksum':
      return 'the results code does not match its checksum: a character is mistyped, missing or extra';
    case 'newerVersion':
      return `the results code comes from a newer version of the game (code version ${p.version}); update to replay it`;
    case 'unknownVersion':
      return `the results code has an unknown version (${p.version})`;
    case 'content':
      return `the results code passes its checksum but its ${p.field} part is not valid`;
    case 'checkOnly':
      return 'this code holds a learning check taken on its own, with no run to replay';
  }
}

/** Why a code's learning check was left out; the run is kept and replays. */
export function checkProblemText(p: CheckProblem): string {
  switch (p.kind) {
    case 'checksum':
      return "the learning check's part of the code does not match its checksum: it is left out, the run is kept";
    case 'truncated':
      return "the learning check's part of the code is cut short: it is left out, the run is kept";
    case 'content':
      return `the learning check's ${p.field} is not valid: the check is left out, the run is kept`;
  }
}
