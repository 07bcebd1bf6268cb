import { makeRuntime, thrown } from './fixture';

// developers.google.com/apps-script/reference/utilities/utilities
describe('Utilities', () => {
  const rt = makeRuntime();
  const U = rt.globals().Utilities;

  describe('formatDate (SimpleDateFormat in an explicit zone, developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String))', () => {
    it('Europe/Paris (ahead of UTC) across the spring-forward of 31 March 2024', () => {
      const before = new Date(Date.UTC(2024, 2, 31, 0, 30)); // 01:30 CET
      const after = new Date(Date.UTC(2024, 2, 31, 1, 30)); // 03:30 CEST
      expect(U.formatDate(before, 'Europe/Paris', 'yyyy-MM-dd HH:mm z Z XXX')).toBe('2024-03-31 01:30 CET +0100 +01:00');
      expect(U.formatDate(after, 'Europe/Paris', 'yyyy-MM-dd HH:mm z Z XXX')).toBe('2024-03-31 03:30 CEST +0200 +02:00');
    });

    it('America/New_York (behind UTC) across the spring-forward of 10 March 2024', () => {
      const before = new Date(Date.UTC(2024, 2, 10, 6, 30)); // 01:30 EST
      const after = new Date(Date.UTC(2024, 2, 10, 7, 30)); // 03:30 EDT
      expect(U.formatDate(before, 'America/New_York', 'EEE d MMM yyyy hh:mm a z Z X')).toBe('Sun 10 Mar 2024 01:30 AM EST -0500 -05');
      expect(U.formatDate(after, 'America/New_York', 'EEE d MMM yyyy hh:mm a z Z X')).toBe('Sun 10 Mar 2024 03:30 AM EDT -0400 -04');
    });

    it('Paris autumn fall-back of 27 October 2024 gives the repeated hour twice', () => {
      expect(U.formatDate(new Date(Date.UTC(2024, 9, 27, 0, 30)), 'Europe/Paris', 'HH:mm z')).toBe('02:30 CEST');
      expect(U.formatDate(new Date(Date.UTC(2024, 9, 27, 1, 30)), 'Europe/Paris', 'HH:mm z')).toBe('02:30 CET');
    });

    it('the calendar day depends on the zone', () => {
      expect(U.formatDate(new Date(Date.UTC(2024, 0, 1, 2, 0)), 'America/Los_Angeles', "yyyy-MM-dd'T'HH:mm")).toBe('2023-12-31T18:00');
      expect(U.formatDate(new Date(Date.UTC(2023, 11, 31, 16, 0)), 'Asia/Tokyo', "yyyy-MM-dd'T'HH:mm")).toBe('2024-01-01T01:00');
    });

    it('quotes, week of year, day number, milliseconds, full names', () => {
      const d = new Date(Date.UTC(2024, 0, 3, 12, 0, 5, 7)); // Wednesday
      expect(U.formatDate(d, 'UTC', "'Week' w, 'u='u, ''yy")).toBe("Week 1, u=3, '24");
      expect(U.formatDate(d, 'UTC', 'ss.SSS EEEE MMMM D')).toBe('05.007 Wednesday January 3');
      expect(U.formatDate(d, 'UTC', 'h:mm a, H k K')).toBe('12:00 PM, 12 12 0');
      expect(U.formatDate(d, 'GMT+05:30', 'HH:mm XXX')).toBe('17:30 +05:30');
    });

    it('an unknown zone falls back to GMT (java.util.TimeZone)', () => {
      expect(U.formatDate(new Date(Date.UTC(2024, 0, 3, 12)), 'Mars/Olympus', 'HH:mm z')).toBe('12:00 GMT');
    });

    it('refuses an illegal pattern letter and wrong argument types', () => {
      expect(thrown(() => U.formatDate(new Date(0), 'UTC', 'yyyy q'))).toEqual({ name: 'Exception', message: "Illegal pattern character 'q'" });
      expect(thrown(() => U.formatDate('2024-01-01' as unknown as Date, 'UTC', 'yyyy')).message).toBe("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
    });
  });

  it('formatString is sprintf-like', () => {
    expect(U.formatString('%s has %d KPIs (%.1f%%)', 'Ana', 3, 42.25)).toBe('Ana has 3 KPIs (42.3%)');
    expect(U.formatString('[%5s|%-4d|%05.1f]', 'ab', 7, 3.14159)).toBe('[   ab|7   |003.1]');
  });

  it('base64 of UTF-8 text and back to signed bytes', () => {
    expect(U.base64Encode('Hé')).toBe('SMOp');
    expect(U.base64Decode('SMOp')).toEqual([72, -61, -87]);
    expect(U.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
  });

  it('computeDigest MD5 and SHA_256 of "abc" as signed bytes', () => {
    const md5 = U.computeDigest(U.DigestAlgorithm.MD5, 'abc'); // 90 01 50 98 …
    expect(md5).toHaveLength(16);
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]);
    const sha = U.computeDigest(U.DigestAlgorithm.SHA_256, 'abc'); // ba 78 16 bf …
    expect(sha).toHaveLength(32);
    expect(sha.slice(0, 4)).toEqual([-70, 120, 22, -65]);
  });

  it('newBlob holds bytes, name and content type', () => {
    const b = U.newBlob('héllo', 'text/plain', 'a.txt');
    expect(b.getBytes()).toHaveLength(6);
    expect(b.getDataAsString()).toBe('héllo');
    expect(b.getName()).toBe('a.txt');
    expect(b.setName('b.csv').setContentTypeFromExtension().getContentType()).toBe('text/csv');
    expect(U.newBlob([104, 105]).getDataAsString()).toBe('hi');
  });

  it('sleep advances the fake clock instead of waiting', () => {
    const r = makeRuntime();
    r.clock.set(1000);
    const start = Date.now();
    r.globals().Utilities.sleep(60000);
    expect(r.options.now()).toBe(61000);
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it('enums print their names', () => {
    expect(String(U.Charset.UTF_8)).toBe('UTF_8');
    expect(`${U.DigestAlgorithm.SHA_256}`).toBe('SHA_256');
  });

  it('counts every call per method', () => {
    const r = makeRuntime();
    const u = r.globals().Utilities;
    u.formatDate(new Date(0), 'UTC', 'yyyy');
    u.formatDate(new Date(0), 'UTC', 'yyyy');
    u.newBlob('x').getBytes();
    expect(r.calls.get('Utilities.formatDate')).toBe(2);
    expect(r.calls.get('Utilities.newBlob')).toBe(1);
    expect(r.calls.get('Blob.getBytes')).toBe(1);
  });

  it('a member the runtime lacks throws naming it', () => {
    expect(() => (U as unknown as { gzip: () => void }).gzip()).toThrow('Utilities.gzip is not implemented by the local runtime');
  });
});
