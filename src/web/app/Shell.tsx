import { AppShell, Box, Burger, Group, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Logo } from '../components/Logo';
import { RouterNavLink } from '../components/links';
import { PHONE_BREAKPOINT, useIsPhone } from '../components/useIsPhone';
import { loadAreaMessages } from '../i18n';
import { navigationFor } from './navigation';
import { useMe } from './session';

// The header's bell and account menu, with the popover machinery they need (floating-ui, focus
// trap, scroll lock: ~40 KB gzipped), load beside the page instead of before its first paint.
const NotificationBell = lazy(() =>
  Promise.all([
    import('../platform/notifications/NotificationBell'),
    loadAreaMessages(['notifications']),
  ]).then(([m]) => ({ default: m.NotificationBell })),
);
const UserMenu = lazy(() => import('./UserMenu').then((m) => ({ default: m.UserMenu })));

export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const [opened, { toggle, close }] = useDisclosure(false);
  // On phones the closed navigation slides off-screen; `inert` keeps it out of the tab order too.
  const navHidden = useIsPhone() && !opened;
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const mainRef = useRef<HTMLElement>(null);

  // After navigating: close the phone menu and move focus to the new page, so screen readers
  // announce it and keyboard users start from the content (not on the first load).
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 248, breakpoint: PHONE_BREAKPOINT, collapsed: { mobile: !opened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="sm">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom={PHONE_BREAKPOINT}
              size="sm"
              aria-label={opened ? t('shell.closeNavigation') : t('shell.openNavigation')}
              aria-expanded={opened}
              aria-controls="app-navigation"
            />
            <UnstyledButton component={Link} to="/" aria-label={t('shell.homeLink')}>
              <Logo />
            </UnstyledButton>
            <Text
              fw={600}
              c="dimmed"
              truncate
              visibleFrom={PHONE_BREAKPOINT}
              data-testid="org-name"
              style={{ borderLeft: '1px solid var(--mantine-color-gray-3)', paddingLeft: 12 }}
            >
              {me.organization.name}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Suspense fallback={<Box h={42} w={120} aria-hidden />}>
              <NotificationBell />
              <UserMenu />
            </Suspense>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id="app-navigation"
        p="sm"
        aria-label={t('shell.mainNavigation')}
        component="nav"
        inert={navHidden}
      >
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap="md">
            {navigationFor(me).map((section) => (
              <Stack gap={2} key={section.key}>
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pb={4}>
                  {t(`nav.sections.${section.key}`)}
                </Text>
                {section.items.map((item) => {
                  const active = item.exact ? pathname === item.to : pathname.startsWith(item.to);
                  return (
                    <RouterNavLink
                      key={item.key}
                      to={item.to}
                      label={t(`nav.${item.key}`)}
                      leftSection={<item.icon size={18} stroke={1.7} aria-hidden />}
                      active={active}
                      aria-current={active ? 'page' : undefined}
                      data-testid={`nav-${item.key}`}
                      variant="light"
                      style={{ borderRadius: 'var(--mantine-radius-md)' }}
                    />
                  );
                })}
              </Stack>
            ))}
          </Stack>
        </AppShell.Section>
        {/* On a phone the organisation's name leaves the header for the folded navigation. */}
        <AppShell.Section hiddenFrom={PHONE_BREAKPOINT} pt="sm">
          <Text size="sm" c="dimmed" px="sm">
            {me.organization.name}
          </Text>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" ref={mainRef} tabIndex={-1} style={{ outline: 'none' }}>
        <div style={{ maxWidth: 1200, margin: '0 auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}
