import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { onUnauthenticated } from '../api/client';
import { AppErrorBoundary } from './ErrorPage';
import { queryClient } from './queryClient';
import { createAppRouter } from './router';
import { storeMe } from './session';
import { buildTheme, cssVariablesResolver } from './theme';

const router = createAppRouter(queryClient);

// The toast container arrives after the first paint; toasts shown before it are kept in its store.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

export function App() {
  const { i18n, t } = useTranslation();
  const [locale, setLocale] = useState(i18n.language);

  useEffect(() => {
    const listener = (lng: string) => setLocale(lng);
    i18n.on('languageChanged', listener);
    return () => i18n.off('languageChanged', listener);
  }, [i18n]);

  const theme = useMemo(
    () =>
      buildTheme({
        close: t('actions.close'),
        togglePassword: t('auth.togglePassword'),
        nextMonth: t('calendar.next'),
        previousMonth: t('calendar.previous'),
      }),
    [t],
  );

  // A 401 from any call means the session ended: forget the account; the layout goes to login.
  useEffect(() => onUnauthenticated(() => storeMe(queryClient, null)), []);

  return (
    <AppErrorBoundary>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
        <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>
          <Suspense fallback={null}>
            <Notifications position="top-right" />
          </Suspense>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </AppErrorBoundary>
  );
}
