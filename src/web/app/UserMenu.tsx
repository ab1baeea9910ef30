import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import {
  IconCheck,
  IconChevronDown,
  IconEye,
  IconLanguage,
  IconLogout,
  IconLogout2,
  IconUser,
} from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../contracts/auth';
import { apiPatch, apiPost } from '../api/client';
import { errorMessage } from '../components/ErrorAlert';
import { showToast } from '../components/showToast';
import { applyLocale, supportedLocales } from '../i18n';
import { initials } from './format';
import { signOutLocally, storeMe, useMe } from './session';
import { toneColor } from './statusColors';

export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const name = me.person?.displayName ?? me.account.email;

  const language = useMutation({
    mutationFn: (locale: Locale) => apiPatch('/api/auth/me/preferences', { body: { locale } }),
    onSuccess: async (updated) => {
      storeMe(queryClient, updated);
      await applyLocale(updated.account.locale);
    },
    onError: (error) => showToast({ tone: 'negative', message: errorMessage(error, t) }),
  });

  const logout = useMutation({
    mutationFn: (everywhere: boolean) =>
      apiPost(everywhere ? '/api/auth/logout-everywhere' : '/api/auth/logout'),
    onSettled: (_data, error, everywhere) => {
      if (error) {
        showToast({ tone: 'negative', message: errorMessage(error, t) });
        return;
      }
      signOutLocally(queryClient);
      showToast({
        tone: 'positive',
        message: everywhere ? t('userMenu.loggedOutEverywhere') : t('userMenu.loggedOut'),
      });
    },
  });

  return (
    <Menu position="bottom-end" width={260} shadow="md" withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={t('userMenu.label', { name })}
          data-testid="user-menu"
          style={{ borderRadius: 'var(--mantine-radius-md)', padding: 4 }}
        >
          <Group gap={8} wrap="nowrap">
            <Avatar color="brand" radius="xl" size={34}>
              {initials(name)}
            </Avatar>
            <Text size="sm" fw={600} visibleFrom="sm" maw={180} truncate>
              {name}
            </Text>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          <Text size="sm" fw={600} c="var(--mantine-color-text)" truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {me.account.email}
          </Text>
        </Menu.Label>
        {me.person ? (
          <Menu.Item
            leftSection={<IconUser size={16} aria-hidden />}
            onClick={() => navigate({ to: '/people/$personId', params: { personId: me.person!.id } })}
          >
            {t('userMenu.myProfile')}
          </Menu.Item>
        ) : null}
        <Menu.Item
          leftSection={<IconEye size={16} aria-hidden />}
          onClick={() => navigate({ to: '/privacy/access-log' })}
          data-testid="menu-access-log"
        >
          {t('userMenu.accessLog')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>
          <Group gap={6}>
            <IconLanguage size={14} aria-hidden />
            {t('userMenu.language')}
          </Group>
        </Menu.Label>
        {supportedLocales.map((locale) => {
          const selected = me.account.locale === locale;
          return (
            <Menu.Item
              key={locale}
              lang={locale}
              onClick={() => !selected && language.mutate(locale)}
              rightSection={selected ? <IconCheck size={16} aria-hidden /> : null}
              aria-current={selected ? 'true' : undefined}
              data-testid={`language-${locale}`}
            >
              {t(`languages.${locale}`)}
            </Menu.Item>
          );
        })}
        <Menu.Divider />
        <Menu.Item leftSection={<IconLogout size={16} aria-hidden />} onClick={() => logout.mutate(false)}>
          {t('userMenu.logout')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconLogout2 size={16} aria-hidden />}
          onClick={() => logout.mutate(true)}
          color={toneColor.negative}
        >
          {t('userMenu.logoutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
