import type { ReactNode } from 'react';

/**
 * A horizontally scrolling region that keyboard users can reach (it takes focus and has a name), for
 * wide tables and the grid's columns on narrow screens.
 */
export function ScrollRegion({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable for keyboard scrolling (WCAG 2.1.1)
    <section aria-label={label} tabIndex={0} style={{ overflowX: 'auto' }} data-testid={testId}>
      {children}
    </section>
  );
}
