import { Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from './EmptyPanel';

type Icon = ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;

interface AreaPlaceholderProps {
  icon: ReactNode;
  color: string;
  title: string;
  description: ReactNode;
  /** What this area will hold, each with an icon, a name and one sentence. */
  features: { icon: Icon; title: string; description: string }[];
  testId?: string;
}

/** An area that has no data yet: an honest empty state plus what will live here. */
export function AreaPlaceholder({ icon, color, title, description, features, testId }: AreaPlaceholderProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      <EmptyPanel icon={icon} color={color} title={title} description={description} testId={testId} />
      <section aria-labelledby="area-features">
        <Title order={2} size="h3" id="area-features" mb="sm">
          {t('common.whatWillAppear')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {features.map((feature) => (
            <Paper key={feature.title} p="md">
              <Stack gap={6}>
                <ThemeIcon color={color} variant="light" size={34} radius="md">
                  <feature.icon size={18} aria-hidden />
                </ThemeIcon>
                <Text fw={600}>{feature.title}</Text>
                <Text size="sm" c="dimmed">
                  {feature.description}
                </Text>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      </section>
    </Stack>
  );
}
