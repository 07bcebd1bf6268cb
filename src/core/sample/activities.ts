/**
 * Sales activities of each deal: a discovery call when it is created, a meeting and a demo once
 * qualified, a proposal shortly before it closes (if it got that far), calls and emails in
 * between; a deal that slipped gets follow-ups after its planned date. Drawn from the deal's own
 * stream along its planned timeline, so an activity's date never depends on the window; only the
 * cut (final close, asOf) does.
 */
import { STREAM, World } from './deals';
import * as M from './model';
import { Rng, seedOf } from './random';

export const ACT_CALL = 0;
export const ACT_MEETING = 1;
export const ACT_DEMO = 2;
export const ACT_PROPOSAL = 3;
export const ACT_EMAIL = 4;

/** Base number of activities per product (Starter, Pro, Enterprise, Onboarding) for a deal run to its end. */
const PRODUCT_ACTIVITIES: readonly number[] = [4, 6, 10, 2];

export interface Activities {
  day: number[];
  type: number[];
  deal: number[];
}

/** Activities dated in [firstDay, asOf) of the given deals. */
export function generateActivities(world: World, seed: number, deals: readonly number[], firstDay: number, asOf: number): Activities {
  const d = world.deals;
  const out: Activities = { day: [], type: [], deal: [] };
  const days: number[] = [];
  const types: number[] = [];
  for (const i of deals) {
    const rng = new Rng(seedOf(seed, d.gen[i], STREAM.activities, d.local[i]));
    const created = d.created[i];
    const planned = d.close0[i];
    const final = d.close[i];
    const product = d.product0[i];
    const reached = d.reached[i];
    const span = Math.max(1, planned - created);
    days.length = 0;
    types.length = 0;
    if (product === M.P_ONBOARDING) {
      days.push(created, Math.max(created, planned - 1 - rng.int(3)));
      types.push(ACT_CALL, ACT_PROPOSAL);
    } else {
      const effort = M.OWNER_ACTIVITY[d.owner[i]] * (d.won[i] ? 1 : 0.35 + 0.2 * reached);
      const n = Math.max(2, Math.min(40, Math.round((PRODUCT_ACTIVITIES[product] + rng.int(3)) * effort)));
      days.push(created);
      types.push(ACT_CALL);
      const middle: number[] = [];
      for (let k = 1; k < n - 1; k++) middle.push(created + 1 + rng.int(span));
      middle.sort((a, b) => a - b);
      middle.forEach((day, k) => {
        const x = rng.next();
        let type = x < 0.45 ? ACT_EMAIL : x < 0.8 ? ACT_CALL : ACT_MEETING;
        if (reached >= 1 && k === Math.floor(middle.length * 0.3)) type = ACT_MEETING;
        if (reached >= 1 && k === Math.floor(middle.length * 0.55) && middle.length >= 2) type = ACT_DEMO;
        days.push(day);
        types.push(type);
      });
      const last = Math.max(created, planned - 1 - rng.int(Math.min(8, span)));
      days.push(last);
      types.push(reached >= 2 ? ACT_PROPOSAL : rng.chance(0.5) ? ACT_CALL : ACT_EMAIL);
    }
    // Follow-ups of a deal that slipped past its planned date…
    if (final > planned) {
      for (let day = planned + 3 + rng.int(5); day < final; day += 5 + rng.int(8)) {
        days.push(day);
        types.push(rng.chance(0.5) ? ACT_CALL : ACT_EMAIL);
      }
    }
    // …and the proposal of one that closed earlier than planned.
    let hasProposal = false;
    for (let k = 0; k < days.length; k++) if (days[k] <= final && types[k] === ACT_PROPOSAL) hasProposal = true;
    if (final < planned && reached >= 2 && !hasProposal) {
      days.push(Math.max(created, final - 1));
      types.push(ACT_PROPOSAL);
    }
    for (let k = 0; k < days.length; k++) {
      const day = days[k];
      if (day > final || day >= asOf || day < firstDay) continue;
      out.day.push(day);
      out.type.push(types[k]);
      out.deal.push(i);
    }
  }
  return out;
}
