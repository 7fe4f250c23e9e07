/**
 * The facilitator's room settings, kept between visits, and the evidence reading the page's link
 * asked for (the room takes it too).
 */
import type { ActionGroup } from './store-kit.ts';

export const roomActions: ActionGroup<'setRoom' | 'setLinkReading'> = ({
  set,
  get,
  persistence,
  noteWrite,
}) => ({
  setLinkReading(evidence) {
    set((s) => ({ linkReading: evidence, room: { ...s.room, evidence } }));
  },
  setRoom(patch) {
    set((s) => ({ room: { ...s.room, ...patch } }));
    noteWrite(persistence.saveRoom(get().room));
  },
});
