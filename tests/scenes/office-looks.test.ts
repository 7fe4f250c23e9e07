import { describe, expect, it } from 'vitest';
import { floorKey } from '../../src/scenes/office-floor.ts';
import { emptyLook, seatLooks } from '../../src/scenes/office-looks.ts';
import type { Seat } from '../../src/scenes/office-model.ts';
import { assignSeats, crewOf, onboardingSeats } from '../../src/scenes/office-model.ts';
import { createGameStore } from '../../src/state/store.ts';

function runState() {
  const store = createGameStore();
  store.getState().startRun({ scenarioId: 'mandate', weeks: 12, seed: 1, mode: 'scenario' });
  for (let i = 0; i < 3; i++) store.getState().playWeek();
  const st = store.getState().sim?.state;
  if (!st) throw new Error('no run');
  return st;
}

describe('seatLooks', () => {
  it('gives each occupied seat a person, a lit desk and a chair; an empty seat the empty look', () => {
    const st = runState();
    const { crew, onboarding } = crewOf(st);
    const seats: Seat[] = [...assignSeats([], crew, st.week), { level: null, since: 0 }];
    const looks = seatLooks(seats, st, onboardingSeats(seats, onboarding));
    expect(looks).toHaveLength(seats.length);
    seats.forEach((seat, i) => {
      const look = looks[i];
      if (seat.level === null) {
        expect(look).toEqual(emptyLook(i));
        return;
      }
      expect(look?.occupied).toBe(true);
      expect(look?.chair).toBe('chair');
      expect(['desk-on', 'desk-ai']).toContain(look?.desk);
      expect(look?.frame.startsWith(`fig-${seat.level}-`)).toBe(true);
      expect(look?.hz).toBeGreaterThan(0);
    });
  });

  it('flags exactly the seats still onboarding', () => {
    const st = runState();
    const seats: Seat[] = [
      { level: 'junior', since: 0 },
      { level: 'mid', since: 0 },
    ];
    const looks = seatLooks(seats, st, [true, false]);
    expect(looks.map((l) => l.flag)).toEqual([true, false]);
  });

  it('an empty desk is off, unoccupied and still, with a phase of its own', () => {
    const a = emptyLook(0);
    expect(a).toMatchObject({ desk: 'desk-off', chair: 'chair-empty', occupied: false, hz: 0 });
    expect(emptyLook(1).phase).not.toBe(a.phase);
  });
});

describe('floorKey', () => {
  it('changes with the size, the density, a desk or the bypass lane, and with nothing else', () => {
    const looks = [emptyLook(0), { ...emptyLook(1), occupied: true, desk: 'desk-on' as const }];
    const key = floorKey(800, 600, 1, looks, false);
    expect(
      floorKey(
        800,
        600,
        1,
        looks.map((l) => ({ ...l, hz: 3, cloud: true })),
        false,
      ),
    ).toBe(key);
    expect(floorKey(801, 600, 1, looks, false)).not.toBe(key);
    expect(floorKey(800, 600, 2, looks, false)).not.toBe(key);
    expect(floorKey(800, 600, 1, looks, true)).not.toBe(key);
    const aiDesk = [
      looks[0] ?? emptyLook(0),
      { ...emptyLook(1), occupied: true, desk: 'desk-ai' as const },
    ];
    expect(floorKey(800, 600, 1, aiDesk, false)).not.toBe(key);
    expect(floorKey(800, 600, 1, [...looks, emptyLook(2)], false)).not.toBe(key);
  });
});
