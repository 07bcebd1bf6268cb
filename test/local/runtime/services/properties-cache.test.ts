import { MSG_QUOTA, MSG_VALUE_TOO_LARGE } from '../../../../src/local/runtime/services/properties';
import { makeRuntime, thrown } from './fixture';

// developers.google.com/apps-script/reference/properties/properties
describe('PropertiesService', () => {
  it('get/set/delete, getKeys, getProperties, setProperties(…, deleteAllOthers)', () => {
    const rt = makeRuntime();
    const p = rt.globals().PropertiesService.getDocumentProperties();
    expect(p.getProperty('missing')).toBeNull();
    p.setProperty('a', '1').setProperty('n', 5 as unknown as string);
    expect(p.getProperty('n')).toBe('5');
    p.setProperties({ b: '2' });
    expect(p.getProperties()).toEqual({ a: '1', n: '5', b: '2' });
    p.setProperties({ c: '3' }, true);
    expect(p.getKeys()).toEqual(['c']);
    p.deleteProperty('c');
    expect(rt.properties.snapshot('document')).toEqual({});
    rt.globals().PropertiesService.getUserProperties().setProperty('u', 'x');
    expect(rt.properties.get('user', 'u')).toBe('x');
    expect(rt.properties.get('script', 'u')).toBeNull();
  });

  it('a value over 9 kB is refused (developers.google.com/apps-script/guides/services/quotas)', () => {
    const p = makeRuntime().globals().PropertiesService.getScriptProperties();
    p.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(thrown(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1)))).toEqual({ name: 'Exception', message: MSG_VALUE_TOO_LARGE });
    expect(p.getProperty('big')).toBeNull();
  });

  it('a store over 500 kB is refused and left unchanged', () => {
    const rt = makeRuntime();
    const p = rt.globals().PropertiesService.getUserProperties();
    const v = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) p.setProperty(`k${String(i).padStart(2, '0')}`, v); // 56 × 9003 = 504 168 bytes
    expect(rt.properties.bytes('user')).toBe(504168);
    expect(thrown(() => p.setProperty('k56', 'x'.repeat(8000))).message).toBe(MSG_QUOTA); // 512 171 > 512 000
    expect(rt.properties.bytes('user')).toBe(504168);
  });

  it('needs a mode other than NONE', () => {
    const rt = makeRuntime();
    expect(thrown(() => rt.execute('NONE', () => rt.globals().PropertiesService.getDocumentProperties())).message).toBe('You do not have permission to call PropertiesService.getDocumentProperties in AuthMode.NONE');
  });

  it('refuses a wrong signature with Google\'s message', () => {
    const p = makeRuntime().globals().PropertiesService.getScriptProperties();
    expect(thrown(() => p.getProperty(null as unknown as string)).message).toBe("The parameters (null) don't match the method signature for PropertiesService.Properties.getProperty.");
  });
});

// developers.google.com/apps-script/reference/cache/cache
describe('CacheService', () => {
  it('put/get with expiry on the fake clock; default 600 s', () => {
    const rt = makeRuntime();
    rt.clock.set(0);
    const c = rt.globals().CacheService.getScriptCache();
    c.put('a', '1', 10);
    c.put('b', '2');
    c.putAll({ x: 'X', y: 'Y' }, 20);
    expect(c.getAll(['a', 'x', 'zz'])).toEqual({ a: '1', x: 'X' });
    rt.clock.advance(10000);
    expect(c.get('a')).toBeNull();
    expect(c.get('x')).toBe('X');
    rt.clock.advance(590000);
    expect(c.get('b')).toBeNull();
    c.put('r', '1');
    c.removeAll(['r', 'x']);
    c.remove('y');
    expect(c.getAll(['r', 'x', 'y'])).toEqual({});
  });

  it('key over 250 characters and value over 100 KB are refused', () => {
    const c = makeRuntime().globals().CacheService.getUserCache();
    expect(thrown(() => c.put('k'.repeat(251), 'v')).message).toBe('Argument too large: key');
    expect(thrown(() => c.put('k', 'v'.repeat(100 * 1024 + 1))).message).toBe('Argument too large: value');
  });
});
