/** When the digest is due, and what the record of sent digests says (pure rules). */
import { digestStatusOf, ownerFirst, parseDigestRecord, recordFor, withNotSent, withSent, type DigestRecord } from '../../../src/core/digest/digestRecord';
import { digestMonthOf, isDigestDue } from '../../../src/core/digest/digestSchedule';
import { parseStoredDigest, serializeStoredDigest, type DigestSettings } from '../../../src/core/digest/digestSettings';
import { day } from '../helpers';

const ON: DigestSettings = { enabled: true, day: 5, hour: 8, recipients: ['founder@example.com', 'cofounder@example.com'], language: 'en', refreshFirst: true };
const AT = '2026-05-05T12:00:00.000Z';

describe('digestMonthOf', () => {
  it('is the month before today’s, across a year end', () => {
    expect([digestMonthOf(day(2026, 5, 5)), digestMonthOf(day(2026, 1, 3)), digestMonthOf(day(2026, 3, 31))]).toEqual(['2026-04', '2025-12', '2026-02']);
  });
});

describe('isDigestDue', () => {
  it('switched off: never', () => {
    expect(isDigestDue(day(2026, 5, 20), { ...ON, enabled: false }, undefined)).toEqual({ due: false, month: '2026-04', reason: 'off' });
  });

  it('from the chosen day to the end of the month, until sent', () => {
    expect(isDigestDue(day(2026, 5, 4), ON, undefined)).toEqual({ due: false, month: '2026-04', reason: 'before-day' });
    expect(isDigestDue(day(2026, 5, 5), ON, undefined)).toEqual({ due: true, month: '2026-04', recipients: ON.recipients });
    expect(isDigestDue(day(2026, 5, 31), ON, undefined)).toEqual({ due: true, month: '2026-04', recipients: ON.recipients });
    // A record of the month before does not count for this one.
    expect(isDigestDue(day(2026, 5, 6), ON, { month: '2026-03', sent: [{ to: 'founder@example.com', at: AT }] })).toMatchObject({ due: true, month: '2026-04' });
  });

  it('sent to everyone: not again that month, whatever changes in the recipients', () => {
    const done: DigestRecord = { month: '2026-04', sent: [{ to: 'founder@example.com', at: AT }, { to: 'cofounder@example.com', at: AT }] };
    expect(isDigestDue(day(2026, 5, 6), ON, done)).toEqual({ due: false, month: '2026-04', reason: 'sent' });
    expect(isDigestDue(day(2026, 5, 6), { ...ON, recipients: [...ON.recipients, 'new@example.com'] }, done)).toEqual({ due: false, month: '2026-04', reason: 'sent' });
  });

  it('partly sent (quota): due to the recipients of the day who do not have it yet, compared case-insensitively', () => {
    const partial: DigestRecord = { month: '2026-04', sent: [{ to: 'Founder@Example.com', at: AT }], notSent: { recipients: ['cofounder@example.com'], reason: 'quota', at: AT } };
    expect(isDigestDue(day(2026, 5, 6), ON, partial)).toEqual({ due: true, month: '2026-04', recipients: ['cofounder@example.com'] });
    expect(isDigestDue(day(2026, 5, 6), { ...ON, recipients: [...ON.recipients, 'new@example.com'] }, partial)).toEqual({ due: true, month: '2026-04', recipients: ['cofounder@example.com', 'new@example.com'] });
    // The one owed was taken off the list: nothing left to send.
    expect(isDigestDue(day(2026, 5, 6), { ...ON, recipients: ['founder@example.com'] }, partial)).toEqual({ due: false, month: '2026-04', reason: 'sent' });
    // Next month, what April still owed is dropped: May's digest goes to everyone on 5 June.
    expect(isDigestDue(day(2026, 6, 4), ON, partial)).toEqual({ due: false, month: '2026-05', reason: 'before-day' });
    expect(isDigestDue(day(2026, 6, 5), ON, partial)).toEqual({ due: true, month: '2026-05', recipients: ON.recipients });
  });

  it('a record of a later month (the zone moved back over midnight): not due', () => {
    expect(isDigestDue(day(2026, 5, 31), ON, { month: '2026-05', sent: [] })).toEqual({ due: false, month: '2026-04', reason: 'sent' });
  });
});

describe('the record', () => {
  it('follows a month sent in two runs: quota for one, then the other; the last send is kept for the next month', () => {
    let r = recordFor(undefined, '2026-04');
    expect(r).toEqual({ month: '2026-04', sent: [] });
    r = withSent(r, 'founder@example.com', '2026-05-05T12:00:00.000Z');
    r = withNotSent(r, ['cofounder@example.com'], 'quota', '2026-05-05T12:00:01.000Z');
    expect(r).toEqual({
      month: '2026-04', sent: [{ to: 'founder@example.com', at: '2026-05-05T12:00:00.000Z' }],
      notSent: { recipients: ['cofounder@example.com'], reason: 'quota', at: '2026-05-05T12:00:01.000Z' }, lastSent: { month: '2026-04', at: '2026-05-05T12:00:00.000Z' },
    });
    expect(recordFor(r, '2026-04')).toEqual(r);
    r = withSent(r, 'cofounder@example.com', '2026-05-06T12:00:00.000Z');
    r = withNotSent(r, [], '', '2026-05-06T12:00:01.000Z');
    expect(r).toEqual({ month: '2026-04', sent: [{ to: 'founder@example.com', at: '2026-05-05T12:00:00.000Z' }, { to: 'cofounder@example.com', at: '2026-05-06T12:00:00.000Z' }], lastSent: { month: '2026-04', at: '2026-05-06T12:00:00.000Z' } });
    expect(recordFor(r, '2026-05')).toEqual({ month: '2026-05', sent: [], lastSent: { month: '2026-04', at: '2026-05-06T12:00:00.000Z' } });
  });

  it('withNotSent never lists someone who has the month', () => {
    const r = withSent(recordFor(undefined, '2026-04'), 'a@x.co', AT);
    expect(withNotSent(r, ['A@x.co', 'b@x.co'], 'quota', AT).notSent).toEqual({ recipients: ['b@x.co'], reason: 'quota', at: AT });
  });

  it('the owner is served first', () => {
    expect(ownerFirst(['a@x.co', 'b@x.co', 'Owner@x.co'], 'owner@x.co')).toEqual(['Owner@x.co', 'a@x.co', 'b@x.co']);
    expect(ownerFirst(['a@x.co', 'b@x.co'], 'owner@x.co')).toEqual(['a@x.co', 'b@x.co']);
    expect(ownerFirst(['a@x.co'], '')).toEqual(['a@x.co']);
  });

  it('reads what it wrote, and nothing from a broken value', () => {
    const r: DigestRecord = { month: '2026-04', sent: [{ to: 'a@x.co', at: AT }], notSent: { recipients: ['b@x.co'], reason: 'quota', at: AT }, lastSent: { month: '2026-04', at: AT } };
    expect(parseDigestRecord(JSON.stringify(r))).toEqual(r);
    for (const bad of [null, '', '{', '[]', '{"month":"April","sent":[]}', '{"month":"2026-04"}']) expect(parseDigestRecord(bad)).toBeUndefined();
  });

  it('the sidebar’s status: last sent, and who this month’s digest has not reached', () => {
    const r: DigestRecord = { month: '2026-04', sent: [{ to: 'a@x.co', at: AT }], notSent: { recipients: ['b@x.co'], reason: 'quota', at: AT }, lastSent: { month: '2026-04', at: AT } };
    expect(digestStatusOf(ON, r)).toEqual({ settings: ON, lastSent: { month: '2026-04', at: AT }, notSent: { month: '2026-04', recipients: ['b@x.co'], reason: 'quota' } });
    expect(digestStatusOf(ON, undefined)).toEqual({ settings: ON });
  });
});

describe('the stored settings', () => {
  it('round-trip with their owner and time zone; a value that no longer validates reads as none', () => {
    const stored = { settings: ON, owner: 'founder@example.com', timeZone: 'America/New_York' };
    const text = serializeStoredDigest(stored);
    expect(JSON.parse(text)).toEqual({ ...ON, owner: 'founder@example.com', timeZone: 'America/New_York' });
    expect(parseStoredDigest(text)).toEqual(stored);
    expect(parseStoredDigest(JSON.stringify({ ...ON, day: 31 }))).toBeUndefined();
    expect(parseStoredDigest('not json')).toBeUndefined();
    expect(parseStoredDigest(null)).toBeUndefined();
  });
});
