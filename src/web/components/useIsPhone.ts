import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * The one width where the app changes between its phone and its wider layout: Mantine's `sm`
 * (48em, 768 px), where the shell's navigation also folds behind the burger button.
 *
 * The rule (issue 11, item 15; checked by `phoneSwitch.test.ts`):
 * - A layout that changes in script (cards instead of a table, tabs instead of two columns, a
 *   full-screen modal) asks `useIsPhone()`; nothing else calls `useMediaQuery`.
 * - Hiding or showing an element with CSS alone is fine where no script needs to know:
 *   `hiddenFrom={PHONE_BREAKPOINT}` / `visibleFrom={PHONE_BREAKPOINT}`, and in our own CSS
 *   `@media (min-width: 48em)` or `(max-width: 47.99em)`. No other breakpoint hides anything,
 *   so "what does a phone see" has one answer.
 * - Responsive sizes (`cols={{ base: 1, md: 2 }}`, `padding={{ base: 'md', sm: 'xl' }}`) may use any
 *   breakpoint: they let a layout breathe, they do not switch it.
 * Between the phone and a desktop, a wide table scrolls inside its own box (`DataTable`), never the page.
 */
export const PHONE_BREAKPOINT = 'sm';

/**
 * True below `PHONE_BREAKPOINT`. Decided on the first render (no effect), so a phone never paints
 * the wide layout first; where both layouts exist only one is rendered, so test ids and accessible
 * names stay unique.
 */
export function useIsPhone(): boolean {
  const theme = useMantineTheme();
  return Boolean(
    useMediaQuery(`(max-width: calc(${theme.breakpoints[PHONE_BREAKPOINT]} - 0.01em))`, false, {
      getInitialValueInEffect: false,
    }),
  );
}
