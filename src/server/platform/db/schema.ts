/** Every table of the product, for Drizzle's relational typing and for the data-class registry. */
export * from '../../org/tables';
export * from '../audit/tables';
export * from '../auth/tables';
export * from '../mail/tables';
