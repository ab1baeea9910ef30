import type { AreaCatalogues } from './areas';
import type { en } from './en';

/** Same keys as the English catalogue, every leaf a string: the German catalogue must match. */
export type Messages<T = typeof en> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** Every key `t()` may use: the core catalogue (en.ts) and each area's messages under its name. */
export type Catalogue = typeof en & AreaCatalogues;

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}
