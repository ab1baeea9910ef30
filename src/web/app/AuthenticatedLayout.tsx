import { Center, Loader } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLocale } from '../i18n';
import { Shell } from './Shell';
import { consumeSignedOutOnPurpose, MeProvider, meQuery } from './session';

/** Everything behind sign-in: keeps the language in step with the account and leaves on 401. */
export function AuthenticatedLayout() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useQuery(meQuery);
  const href = useRouterState({ select: (s) => s.location.href });
  const hrefRef = useRef(href);
  hrefRef.current = href;
  const leaving = useRef(false);
  const locale = me?.account.locale;

  useEffect(() => {
    if (locale) void applyLocale(locale);
  }, [locale]);

  // zod and its messages come after the first paint, before most forms are opened (forms.ts also
  // imports them, so a form never runs without).
  useEffect(() => {
    void import('./zodSetup').catch(() => {});
  }, []);

  // The session ended (logout, expiry, "log out everywhere" elsewhere): go to the login page once,
  // then drop everything cached for this user.
  useEffect(() => {
    if (me !== null || leaving.current) return;
    leaving.current = true;
    const onPurpose = consumeSignedOutOnPurpose();
    void navigate({
      to: '/login',
      search: onPurpose ? {} : { redirect: hrefRef.current },
      replace: true,
    }).then(() => queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'auth' }));
  }, [me, navigate, queryClient]);

  if (!me) {
    return (
      <Center mih="100vh">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <MeProvider value={me}>
      <Shell />
    </MeProvider>
  );
}
