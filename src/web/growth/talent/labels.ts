import type { TFunction } from 'i18next';

/** A box's name: the review's own label when it set one, else the default in the reader's language. */
export function boxName(t: TFunction, labels: (string | null)[], box: number): string {
  const custom = labels[box - 1];
  return custom?.trim() ? custom : t(`talent.boxes.${String(box) as '1'}`);
}
