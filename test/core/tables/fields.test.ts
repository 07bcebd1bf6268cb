import { FIELD_TYPES } from '../../../src/core/tables/fields';
import { TABLES, TABLE_KINDS } from '../../../src/core/tables/schema';

describe('FIELD_TYPES (the compiler\'s view of the fields)', () => {
  it.each(TABLE_KINDS)('%s: the same fields, in the same order, with the same types as the schema', (kind) => {
    expect(Object.entries(FIELD_TYPES[kind])).toEqual(TABLES[kind].fields.map((f) => [f.key, f.type]));
  });
});
