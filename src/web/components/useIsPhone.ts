import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * True below the `sm` breakpoint, where a list of several columns becomes a list of cards (issue
 * 11, item 15). Only one of the two is rendered, so test ids and accessible names stay unique.
 */
export function useIsPhone(): boolean {
  const theme = useMantineTheme();
  return Boolean(
    useMediaQuery(`(max-width: calc(${theme.breakpoints.sm} - 0.01em))`, false, {
      getInitialValueInEffect: false,
    }),
  );
}
