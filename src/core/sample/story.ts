/**
 * What the dashboard should find, written over the two months it shows by default. It depends on
 * asOf's month only (never on its day), and touches only deals closing in those two months and
 * the companies they open (story rows), so every earlier month is the same in every workbook:
 *
 * - The last full month misses its revenue objective by ~20 %, because Export, usually about a
 *   quarter of revenue, delivers ~5 %: its deals due that month slip to the next two months
 *   (still open, half of them still showing the old expected date: overdue), but the smallest.
 *   Which of the month's deals are the Export ones (company names and regions can be swapped
 *   between story rows) is chosen so that the French deals keep the owner, product and channel
 *   mix of the three months before; a short month (August, December) borrows a few deals due next
 *   month. So the French regions, owners, products and channels make about their usual shares of
 *   the month, and Export clearly explains the gap.
 * - The month in progress is weak (it will end at ~82 % of its objective, with fewer new
 *   customers than planned) and closes towards month end, so that on every day of the month its
 *   revenue and new customers so far, projected pro rata of the days elapsed, stay under their
 *   objectives.
 */
import { monthStartDay, weekdayOf } from './calendar';
import { balanceFactors, DealStore, roundAmount, Shares, STREAM, World } from './deals';
import * as M from './model';
import { Rng, seedOf } from './random';
import type { MonthTargets } from './targets';

/** A won first deal and its Onboarding pack: they close together. */
interface Group {
  main: number;
  pack: number;
  amount: number;
}

/** What a group brings in: its first deal and, if any, its Onboarding pack. */
function groupAmount(d: DealStore, main: number, pack: number): number {
  return d.amount[main] + (pack >= 0 ? d.amount[pack] : 0);
}

function wonGroups(d: DealStore, deals: readonly number[], month: number): Group[] {
  const start = monthStartDay(month);
  const end = monthStartDay(month + 1);
  const out: Group[] = [];
  for (const i of deals) {
    if (!d.won[i] || d.mainDeal[i] >= 0 || d.close[i] < start || d.close[i] >= end) continue;
    const pack = d.onboarding[i];
    out.push({ main: i, pack, amount: groupAmount(d, i, pack) });
  }
  return out;
}

function scaleGroup(d: DealStore, g: Group, factor: number): void {
  d.amount[g.main] = roundAmount(d.amount[g.main] * factor);
  if (g.pack >= 0) d.amount[g.pack] = roundAmount(d.amount[g.pack] * factor);
  g.amount = groupAmount(d, g.main, g.pack);
}

function sum(groups: readonly Group[]): number {
  let s = 0;
  for (const g of groups) s += g.amount;
  return s;
}

/** A working day of the month, drawn. */
function workingDay(rng: Rng, month: number): number {
  const start = monthStartDay(month);
  const len = monthStartDay(month + 1) - start;
  for (;;) {
    const day = start + rng.int(len);
    const w = weekdayOf(day);
    if (w !== 0 && w !== 6) return day;
  }
}

/** One of the month's last six days (monthEnd is its last day), drawn, stepped back to a working day. */
function lateWorkingDay(rng: Rng, monthEnd: number): number {
  let day = monthEnd - rng.int(6);
  while (weekdayOf(day) === 0 || weekdayOf(day) === 6) day--;
  return day;
}

/** Moves a group's close into a later month; half of the time the rep has not updated the expected date (overdue). */
function slip(d: DealStore, g: Group, rng: Rng, toMonth: number): void {
  const close = workingDay(rng, toMonth);
  const keepOldDate = rng.chance(0.5);
  for (const i of [g.main, g.pack]) {
    if (i < 0) continue;
    d.close[i] = close;
    d.expected[i] = keepOldDate ? d.close0[i] : close;
    d.storyStage[i] = i === g.main ? 3 : 2;
  }
}

export function applyStory(world: World, seed: number, asOfMonth: number, targets: { last: MonthTargets; current: MonthTargets }): void {
  const rng = new Rng(seedOf(seed, asOfMonth, STREAM.story));
  const at = (month: number): number => month - world.fromMonth;
  const last = at(asOfMonth - 1);
  if (last >= 3) lastMonthStory(world, world.genDeals[last], world.genDeals[last + 1] ?? [], asOfMonth - 1, targets.last.revenue, rng);
  if (at(asOfMonth) >= 0) currentMonthStory(world.deals, world.genDeals[at(asOfMonth)], asOfMonth, targets.current, rng);
}

/** Sets the region of a first deal and of its Onboarding pack, if any. */
function setRegion(d: DealStore, deal: number, region: number): void {
  d.region[deal] = region;
  if (d.onboarding[deal] >= 0) d.region[d.onboarding[deal]] = region;
}

/** Gives two first deals of the month each other's company (name) and region: both are rows of the story month. */
function swapIdentity(world: World, a: number, b: number): void {
  const d = world.deals;
  const co = world.companies;
  const regionA = d.region[a];
  const regionB = d.region[b];
  setRegion(d, a, regionB);
  setRegion(d, b, regionA);
  const ca = d.company[a];
  const cb = d.company[b];
  const n = co.nameNumber[ca];
  co.nameNumber[ca] = co.nameNumber[cb];
  co.nameNumber[cb] = n;
  const e = co.exportCompany[ca];
  co.exportCompany[ca] = co.exportCompany[cb];
  co.exportCompany[cb] = e;
}

/** Revenue shares by owner, channel, region and product of the wins closing in the given months. */
function realisedShares(d: DealStore, deals: readonly number[], from: number, to: number): Shares {
  const start = monthStartDay(from);
  const end = monthStartDay(to + 1);
  const owner = M.OWNER_WON.map(() => 0);
  const channel = M.CHANNELS.map(() => 0);
  const region = M.REGION_SHARE.map(() => 0);
  const product = [0, 0, 0, 0];
  for (const i of deals) {
    if (!d.won[i] || d.close[i] < start || d.close[i] >= end) continue;
    owner[d.owner[i]] += d.amount[i];
    channel[d.channel[i]] += d.amount[i];
    region[d.region[i]] += d.amount[i];
    product[d.product[i]] += d.amount[i];
  }
  return { owner, channel, region, product };
}

/** The deals of some groups with their amounts. */
function dealsOf(groups: readonly Group[]): number[] {
  const out: number[] = [];
  for (const g of groups) {
    out.push(g.main);
    if (g.pack >= 0) out.push(g.pack);
  }
  return out;
}

/**
 * The revenue split of a set of groups by owner and channel (what ties a deal to its lead), kept up
 * to date as groups come and go, and how far it is from reference shares (sum of squared
 * differences): the deals that stay should look like an ordinary month.
 */
class Mix {
  private readonly fields: number[][];
  private readonly reference: number[][];
  private readonly have: number[][];
  private total = 0;

  constructor(private readonly d: DealStore, reference: Shares, groups: readonly Group[]) {
    this.fields = [d.owner, d.channel];
    this.reference = [reference.owner, reference.channel].map((t) => {
      const sum = t.reduce((a, b) => a + b, 0);
      return t.map((x) => (sum > 0 ? x / sum : 0));
    });
    this.have = this.reference.map((t) => t.map(() => 0));
    for (const g of groups) this.add(g, 1);
  }

  add(g: Group, sign: number): void {
    for (const i of [g.main, g.pack]) {
      if (i < 0) continue;
      this.total += sign * this.d.amount[i];
      this.fields.forEach((field, k) => (this.have[k][field[i]] += sign * this.d.amount[i]));
    }
  }

  /** Distortion of the set, with `g` added (sign 1) or removed (sign −1) if given. */
  distortion(g?: Group, sign = 0): number {
    if (g) this.add(g, sign);
    let out = 0;
    this.reference.forEach((target, k) => target.forEach((t, s) => {
      const gap = t - (this.total > 0 ? this.have[k][s] / this.total : 0);
      out += gap * gap;
    }));
    if (g) this.add(g, -sign);
    return out;
  }
}

/** Fewest deals the last full month needs for its French deals to keep an ordinary mix, and most it borrows. */
const STORY_MIN_DEALS = 14;
const STORY_MAX_BORROWED = 6;

function lastMonthStory(world: World, deals: readonly number[], nextDeals: readonly number[], month: number, objective: number, rng: Rng): void {
  const d = world.deals;
  const groups = wonGroups(d, deals, month);
  if (groups.length < 4) return;
  const isExport = (g: Group): boolean => d.region[g.main] === M.REGION_EXPORT;
  // Export companies available: those of the month's won deals (and of the deals it may borrow),
  // then those of the lost deals of this month and the next: all rows of the story months.
  const candidates = wonGroups(d, nextDeals, month + 1);
  const exportIdentities = [
    ...[...groups, ...candidates].filter(isExport).map((g) => g.main),
    ...[...deals, ...nextDeals].filter((i) => !d.won[i] && d.mainDeal[i] < 0 && d.region[i] === M.REGION_EXPORT),
  ];
  if (exportIdentities.length < 2) return;
  const reference = realisedShares(d, world.genDeals.slice(Math.max(0, month - 3 - world.fromMonth), month - world.fromMonth).flat(), month - 3, month - 1);
  const refTotal = reference.region.reduce((a, b) => a + b, 0);
  const usualExport = refTotal > 0 ? reference.region[M.REGION_EXPORT] / refTotal : M.REGION_SHARE[M.REGION_EXPORT];

  // A small month (August, December), or one whose mix is off, borrows a few deals due next month,
  // closing them in its last days instead, chosen to bring its mix closer to the usual one.
  const monthEnd = monthStartDay(month + 1) - 1;
  const borrowable = candidates.filter((g) => d.created[g.main] <= monthEnd - 8 && (g.pack < 0 || d.created[g.pack] <= monthEnd - 8));
  const mix = new Mix(d, reference, groups);
  let borrowed = 0;
  while (borrowed < STORY_MAX_BORROWED && borrowable.length > 0) {
    let best = 0;
    let bestScore = Infinity;
    borrowable.forEach((g, k) => {
      const score = mix.distortion(g, 1);
      if (score < bestScore) {
        bestScore = score;
        best = k;
      }
    });
    if (groups.length >= STORY_MIN_DEALS && bestScore > 0.8 * mix.distortion()) break;
    const g = borrowable.splice(best, 1)[0];
    const close = lateWorkingDay(rng, monthEnd);
    for (const i of [g.main, g.pack]) {
      if (i < 0) continue;
      d.close[i] = close;
      d.expected[i] = close;
    }
    groups.push(g);
    mix.add(g, 1);
    borrowed++;
  }
  // Deals lost early next month come along in the usual proportion, so the win rate reads as usual.
  const lostHere = deals.filter((i) => !d.won[i] && d.mainDeal[i] < 0 && d.close[i] >= monthStartDay(month) && d.close[i] <= monthEnd).length;
  const wonHere = groups.length - borrowed;
  const lostNext = nextDeals.filter((i) => !d.won[i] && d.mainDeal[i] < 0 && d.close[i] > monthEnd && d.created[i] <= monthEnd - 8);
  for (let n = Math.round((borrowed * lostHere) / Math.max(1, wonHere)); n > 0 && lostNext.length > 0; n--) {
    const i = lostNext.splice(rng.int(lostNext.length), 1)[0];
    const close = lateWorkingDay(rng, monthEnd);
    d.close[i] = close;
    d.expected[i] = close;
  }

  // Which deals become the month's Export deals: about Export's usual share of its revenue and of
  // its deals, chosen one by one so that the deals that stay French keep the owner, product and
  // channel mix of the three months before. The smallest stays (Export still shows, at ~5 %), the
  // others slip.
  const home = [...groups];
  const foreignGroups: Group[] = [];
  const monthRevenue = sum(groups);
  const most = Math.min(exportIdentities.length, Math.max(2, Math.round(usualExport * groups.length)));
  while ((foreignGroups.length < 2 || sum(foreignGroups) < 0.9 * usualExport * monthRevenue) && foreignGroups.length < most && home.length > 3) {
    let best: Group | undefined;
    let bestScore = Infinity;
    for (const g of home) {
      // A channel or an owner never loses its last deal of the month.
      if ([d.channel, d.owner].some((field) => !home.some((o) => o !== g && field[o.main] === field[g.main]))) continue;
      const score = mix.distortion(g, -1) + (isExport(g) ? 0 : 1e-6);
      if (score < bestScore) {
        bestScore = score;
        best = g;
      }
    }
    if (!best) break;
    home.splice(home.indexOf(best), 1);
    foreignGroups.push(best);
    mix.add(best, -1);
  }
  const kept = foreignGroups.reduce((x, y) => (y.amount < x.amount || (y.amount === x.amount && y.main < x.main) ? y : x));
  const slipped = foreignGroups.filter((g) => g !== kept);
  // They take the Export companies, the others French ones (swapping names and regions, so names stay unique).
  const foreign = new Set(foreignGroups.map((g) => g.main));
  const freeIdentities = exportIdentities.filter((i) => !foreign.has(i));
  for (const g of foreignGroups) if (!isExport(g)) swapIdentity(world, g.main, freeIdentities.shift()!);
  for (const g of slipped) slip(d, g, rng, month + (rng.chance(0.3) ? 3 : 2));
  // Export's decisions slip both ways: some of its deals due to be lost that month are still open
  // too, as many as keep the month's win rate as usual.
  const monthStart = monthStartDay(month);
  const closing = (i: number): boolean => d.close[i] >= monthStart && d.close[i] <= monthEnd;
  const wonDeals = deals.filter((i) => d.won[i] && closing(i)).length + dealsOf(slipped).length;
  const lostDeals = [...deals, ...nextDeals].filter((i) => !d.won[i] && d.mainDeal[i] < 0 && closing(i));
  const exportLost = lostDeals.filter((i) => d.region[i] === M.REGION_EXPORT);
  for (let n = Math.round((lostDeals.length * dealsOf(slipped).length) / Math.max(1, wonDeals)); n > 0 && exportLost.length > 0; n--) {
    const i = exportLost.splice(rng.int(exportLost.length), 1)[0];
    d.close[i] = workingDay(rng, month + (rng.chance(0.3) ? 3 : 2));
    d.storyStage[i] = d.reached[i];
  }

  // Plans: the French deals take the usual product mix, biggest deals the most expensive plans (a
  // story row's product is free: its activities follow the plan it was generated with).
  const planShares = reference.product.slice(0, 3);
  const planTotal = planShares.reduce((a, b) => a + b, 0);
  const subscriptions = home.reduce((a, g) => a + d.amount[g.main], 0);
  const given = [0, 0, 0];
  for (const g of [...home].sort((x, y) => d.amount[y.main] - d.amount[x.main] || x.main - y.main)) {
    const a = d.amount[g.main];
    let p = M.P_STARTER;
    for (const q of [M.P_ENTERPRISE, M.P_PRO]) {
      if (q > M.CHANNELS[d.channel[g.main]].topProduct) continue;
      if (given[q] + a / 2 <= (planShares[q] / planTotal) * subscriptions) {
        p = q;
        break;
      }
    }
    d.product[g.main] = p;
    given[p] += a;
  }

  // The month ends ~20 % under its objective and Export makes ~5 % of it; the French deals make
  // the rest, with (about) the owner, product and channel shares of the months before…
  const wanted = (1 - M.STORY_MISS) * objective;
  scaleGroup(d, kept, Math.min(1, (1.2 * M.STORY_EXPORT_SHARE * wanted) / kept.amount));
  const homeFactor = (wanted - kept.amount) / sum(home);
  const homeDeals = dealsOf(home);
  const factors = balanceFactors(
    homeDeals.map((i) => d.amount[i] * homeFactor),
    [homeDeals.map((i) => d.owner[i]), homeDeals.map((i) => d.channel[i]), homeDeals.map((i) => d.product[i])],
    [reference.owner, reference.channel, reference.product],
    0.6, 1.6,
  );
  homeDeals.forEach((i, k) => (d.amount[i] = roundAmount(d.amount[i] * homeFactor * factors[k])));
  // …and the French regions their shares of the months before (biggest deals first, to the region
  // furthest below).
  for (const g of home) g.amount = groupAmount(d, g.main, g.pack);
  const have = M.REGION_SHARE.map(() => 0);
  const homeTotal = sum(home);
  const french = reference.region.reduce((a, b, r) => (r === M.REGION_EXPORT ? a : a + b), 0);
  const due = (r: number): number => (reference.region[r] / french) * homeTotal - have[r];
  for (const g of [...home].sort((x, y) => y.amount - x.amount || x.main - y.main)) {
    let best = -1;
    for (let r = 0; r < have.length; r++) {
      if (r === M.REGION_EXPORT) continue;
      if (best < 0 || due(r) > due(best)) best = r;
    }
    have[best] += g.amount;
    setRegion(d, g.main, best);
  }
}

function currentMonthStory(d: DealStore, deals: readonly number[], month: number, objective: MonthTargets, rng: Rng): void {
  const start = monthStartDay(month);
  const len = monthStartDay(month + 1) - start;
  const groups = wonGroups(d, deals, month);
  // Fewer new customers than planned: some deals slip to next month.
  const maxNew = Math.floor(0.8 * objective.newCustomers);
  while (groups.length > maxNew) slip(d, groups.splice(rng.int(groups.length), 1)[0], rng, month + 1);
  if (groups.length === 0) return;
  const factor = Math.min(1.2, Math.max(0.7, (M.STORY_PACE * objective.revenue) / sum(groups)));
  for (const g of groups) scaleGroup(d, g, factor);
  groups.sort((a, b) => b.amount - a.amount || a.main - b.main);
  while (sum(groups) > 0.86 * objective.revenue && groups.length > 1) slip(d, groups.shift()!, rng, month + 1);

  // Deals close towards month end (a share x^1.6 of them by the fraction x of the month)…
  const dayOf = new Map<Group, number>();
  for (const g of groups) {
    const earliest = Math.max(0, d.created[g.main] + 3 - start);
    const drawn = Math.floor(len * Math.pow(rng.next(), 1 / 1.6));
    dayOf.set(g, Math.min(len - 1, Math.max(earliest, drawn)));
  }
  // …and none so early that the month would look on track: for each asOf day j of the month (data
  // up to day j − 1), revenue and new customers so far × len / j stay under their objectives by 4 %.
  const dayRevenue = new Float64Array(len);
  const dayCustomers = new Float64Array(len);
  for (const g of groups) {
    dayRevenue[dayOf.get(g)!] += g.amount;
    dayCustomers[dayOf.get(g)!]++;
  }
  const largestFirst = [...groups].sort((x, y) => y.amount - x.amount || x.main - y.main);
  let revenue = 0;
  let customers = 0;
  for (let j = 1; j < len; j++) {
    revenue += dayRevenue[j - 1];
    customers += dayCustomers[j - 1];
    const limit = (0.96 * j) / len;
    while (revenue > limit * objective.revenue || customers > limit * objective.newCustomers) {
      const g = largestFirst.find((x) => dayOf.get(x)! < j)!;
      dayRevenue[dayOf.get(g)!] -= g.amount;
      dayCustomers[dayOf.get(g)!]--;
      dayOf.set(g, j);
      dayRevenue[j] += g.amount;
      dayCustomers[j]++;
      revenue -= g.amount;
      customers--;
    }
  }
  for (const g of groups) {
    const close = start + dayOf.get(g)!;
    d.close[g.main] = close;
    d.expected[g.main] = close;
    if (g.pack >= 0) {
      const pack = Math.min(start + len - 1, Math.max(close, d.created[g.pack]));
      d.close[g.pack] = pack;
      d.expected[g.pack] = pack;
    }
  }
}
