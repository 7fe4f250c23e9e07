/**
 * The facilitator's debrief prompts for each workshop length, in the order to ask them, each
 * tagged with the dynamics (dynamics.md) it leads the room to. Texts live in the workshop
 * namespace under `prompts.<length>.<id>`.
 */
import type { DynamicId } from '../sim/index.ts';

export interface WorkshopPrompt {
  id: string;
  dynamics: readonly DynamicId[];
}

export const WORKSHOP_PROMPTS: Readonly<
  Record<'five' | 'twenty' | 'session', readonly WorkshopPrompt[]>
> = {
  five: [{ id: 'p1', dynamics: ['D1', 'D13'] }],
  twenty: [
    { id: 'p1', dynamics: ['D1', 'D2', 'D12'] },
    { id: 'p2', dynamics: ['D2', 'D3'] },
    { id: 'p3', dynamics: ['D13', 'D14'] },
    { id: 'p4', dynamics: ['D12'] },
  ],
  session: [
    { id: 'p1', dynamics: ['D12', 'D13'] },
    { id: 'p2', dynamics: ['D1', 'D2', 'D3'] },
    { id: 'p3', dynamics: ['D6', 'D7'] },
    { id: 'p4', dynamics: ['D8', 'D4'] },
    { id: 'p5', dynamics: ['D9', 'D10', 'D13'] },
    { id: 'p6', dynamics: ['D12', 'D5'] },
    { id: 'p7', dynamics: ['D11', 'D14'] },
  ],
};
