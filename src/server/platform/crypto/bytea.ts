import { customType } from 'drizzle-orm/pg-core';

/** A PostgreSQL `bytea` column as a Buffer (ciphertexts, IVs, tags and wrapped keys). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => 'bytea',
  toDriver: (value) => value,
  fromDriver: (value) => {
    if (typeof value === 'string') return Buffer.from(value.replace(/^\\x/, ''), 'hex');
    return Buffer.from(value);
  },
});
