/**
 * The reported facts and studies behind each dynamic the debrief can name (design/dynamics.md):
 * a finding links to them, so the claim it makes is one click from what supports it.
 */
import type { DynamicId, SourceId } from '../sim/index.ts';

export const DYNAMIC_SOURCES: Readonly<Record<DynamicId, readonly SourceId[]>> = {
  // Lines multiply (F3), delivery rises far less (F4), the gap waits for reviewers (F5).
  D1: ['F3', 'F4', 'F5'],
  // How much one sitting can review (S1); reviews slower, more merged unreviewed (S4).
  D2: ['S1', 'S4'],
  // Incidents per change rise with AI's share (S8, S11).
  D3: ['S8', 'S11'],
  // More merged with no review (S4); the articles' account of knowledge leaving (A1).
  D4: ['S4', 'A1'],
  // "Doesn't make us that much faster" (F4); measured time against felt time (S5).
  D5: ['F4', 'S5'],
  // Review hands seniors what generation saves (F5); mentoring costs senior time (S6).
  D6: ['F5', 'S6'],
  // Senior sign-off on all AI code (F10).
  D7: ['F10'],
  // The layoffs and the spending they funded (F8, F9).
  D8: ['F8', 'F9'],
  // The usage leaderboard and what it measured (F11).
  D9: ['F11'],
  // The velocity gap under tighter deadlines (F4).
  D10: ['F4'],
  // Breaches through AI code (F7); AI code's flaws (S12, S13).
  D11: ['F7', 'S12', 'S13'],
  // Pipelines not yet adapted (F6); the capabilities that decide who gains (S7).
  D12: ['F6', 'S7'],
  // Output aimed for (F3) against delivery measured (F4, S2).
  D13: ['F3', 'F4', 'S2'],
  // Felt faster, measured slower (S5), and the later, kinder measurement (S9).
  D14: ['S5', 'S9'],
};
