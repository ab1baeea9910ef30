import {
  type CSSVariablesResolver,
  createTheme,
  type MantineColorsTuple,
  mergeThemeOverrides,
} from '@mantine/core';

// Palettes chosen so the filled shade (7) carries white text and the light variant (9 on 1)
// both pass WCAG AA contrast; Mantine's defaults for green, orange and teal do not.
const brand: MantineColorsTuple = [
  '#f0fdfa',
  '#ccfbf1',
  '#99f6e4',
  '#5eead4',
  '#2dd4bf',
  '#14b8a6',
  '#0d9488',
  '#0f766e',
  '#115e59',
  '#134e4a',
];
const green: MantineColorsTuple = [
  '#f0fdf4',
  '#dcfce7',
  '#bbf7d0',
  '#86efac',
  '#4ade80',
  '#22c55e',
  '#16a34a',
  '#15803d',
  '#166534',
  '#14532d',
];
const orange: MantineColorsTuple = [
  '#fff7ed',
  '#ffedd5',
  '#fed7aa',
  '#fdba74',
  '#fb923c',
  '#f97316',
  '#ea580c',
  '#c2410c',
  '#9a3412',
  '#7c2d12',
];
const red: MantineColorsTuple = [
  '#fef2f2',
  '#fee2e2',
  '#fecaca',
  '#fca5a5',
  '#f87171',
  '#ef4444',
  '#dc2626',
  '#b91c1c',
  '#991b1b',
  '#7f1d1d',
];
// Amber is the one colour of "caution" (at risk, on leave, expiring): see app/statusColors.ts.
const amber: MantineColorsTuple = [
  '#fffbeb',
  '#fef3c7',
  '#fde68a',
  '#fcd34d',
  '#fbbf24',
  '#f59e0b',
  '#d97706',
  '#b45309',
  '#92400e',
  '#78350f',
];
const indigo: MantineColorsTuple = [
  '#eef2ff',
  '#e0e7ff',
  '#c7d2fe',
  '#a5b4fc',
  '#818cf8',
  '#6366f1',
  '#4f46e5',
  '#4338ca',
  '#3730a3',
  '#312e81',
];
const blue: MantineColorsTuple = [
  '#eff6ff',
  '#dbeafe',
  '#bfdbfe',
  '#93c5fd',
  '#60a5fa',
  '#3b82f6',
  '#2563eb',
  '#1d4ed8',
  '#1e40af',
  '#1e3a8a',
];

const baseTheme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand, green, amber, orange, red, indigo, blue },
  fontFamily:
    'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.25' },
      h2: { fontSize: '1.3rem', lineHeight: '1.3' },
      h3: { fontSize: '1.05rem', lineHeight: '1.35' },
    },
  },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    Paper: { defaultProps: { withBorder: true, radius: 'md' } },
    Card: { defaultProps: { withBorder: true, radius: 'md' } },
    // A badge shows its whole label: it never shrinks in a row, and a label longer than the row
    // wraps inside the badge instead of ending in "…" (issue 11, item 15).
    Badge: {
      defaultProps: { variant: 'light', radius: 'sm' },
      styles: {
        root: {
          flexShrink: 0,
          maxWidth: '100%',
          height: 'auto',
          minHeight: 'var(--badge-height)',
          overflow: 'visible',
        },
        label: {
          whiteSpace: 'normal',
          overflow: 'visible',
          textOverflow: 'clip',
          overflowWrap: 'break-word',
        },
      },
    },
    Table: { defaultProps: { verticalSpacing: 'sm', highlightOnHover: true } },
    Modal: { defaultProps: { centered: true } },
    Tooltip: { defaultProps: { withArrow: true } },
  },
});

export interface ThemeLabels {
  close: string;
  togglePassword: string;
  nextMonth: string;
  previousMonth: string;
}

/** The theme plus translated labels for Mantine's built-in icon buttons (close, show password, calendar). */
export function buildTheme(labels: ThemeLabels) {
  const closeButtonProps = { 'aria-label': labels.close };
  const calendar = {
    nextLabel: labels.nextMonth,
    previousLabel: labels.previousMonth,
    hideOutsideDates: true,
  };
  return mergeThemeOverrides(baseTheme, {
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
      PasswordInput: {
        defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.togglePassword } },
      },
      Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
      Select: { defaultProps: { withScrollArea: false } },
      DatePickerInput: { defaultProps: calendar },
      DatePicker: { defaultProps: calendar },
    },
  });
}

/** Darker secondary text than Mantine's default so `dimmed` meets 4.5:1 on white and gray-0. */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': '#6b7280',
  },
  dark: {},
});
