import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function LogoMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-brand-7)" />
      <path
        d="M9 23V9m7 14V9m7 14V9M6 13h20M6 19h20"
        stroke="var(--mantine-color-brand-1)"
        strokeWidth="2.2"
        strokeLinecap="round"
      />
    </svg>
  );
}

export function Logo() {
  const { t } = useTranslation();
  return (
    <Group gap={8} wrap="nowrap">
      <LogoMark />
      <Text fw={750} size="lg" c="brand.9" style={{ letterSpacing: '-0.01em' }}>
        {t('app.name')}
      </Text>
    </Group>
  );
}
