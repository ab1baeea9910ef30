import {
  Badge,
  Box,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import {
  IconBook,
  IconCalendarEvent,
  IconChecklist,
  IconCompass,
  IconMessageCircle,
  IconMessages,
  IconRoute,
  IconSeedling,
  IconTarget,
  IconUsers,
} from '@tabler/icons-react';
import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from './useIsPhone';

type Half = 'now' | 'next';
type Icon = ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;

const items: Record<Half, { key: string; icon: Icon }[]> = {
  now: [
    { key: 'goals', icon: IconTarget },
    { key: 'reviews', icon: IconChecklist },
    { key: 'oneOnOnes', icon: IconMessages },
    { key: 'feedback', icon: IconMessageCircle },
  ],
  next: [
    { key: 'aspirations', icon: IconCompass },
    { key: 'plan', icon: IconRoute },
    { key: 'conversation', icon: IconCalendarEvent },
    { key: 'mentoring', icon: IconUsers },
    { key: 'learning', icon: IconBook },
  ],
};

const look: Record<Half, { color: string; icon: Icon }> = {
  now: { color: 'indigo', icon: IconTarget },
  next: { color: 'brand', icon: IconSeedling },
};

interface NowNextProps {
  /** Whose page this is: your own home or profile, or someone else's profile. */
  subject: 'self' | 'other';
  name?: string;
  /** Heading level of the two half titles. */
  order?: 2 | 3;
  /** What the "Now" half holds once that track has content; without it the half explains what will appear. */
  now?: ReactNode;
  /** Same for the "Next" half. */
  next?: ReactNode;
}

/**
 * The two halves every person-centred page shows: performance now and growth next. They stay
 * visibly apart (colour, label, wording), as the product keeps the two kinds of data apart.
 */
export function NowNext({ subject, name, order = 2, now, next }: NowNextProps) {
  const { t } = useTranslation();
  // On a phone the two halves are tabs, so "Next" is one tap away instead of a long scroll below
  // everything "Now" holds (issue 11, item 15). Wider, both show: one above the other while the
  // content column is still narrow (a tablet beside the navigation), side by side from md.
  const phone = useIsPhone();
  const halves = {
    now: <HalfPanel half="now" subject={subject} name={name} order={order} content={now} />,
    next: <HalfPanel half="next" subject={subject} name={name} order={order} content={next} />,
  };
  if (!phone) {
    return (
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {halves.now}
        {halves.next}
      </SimpleGrid>
    );
  }
  return (
    <Tabs defaultValue="now" data-testid="now-next-tabs">
      <Tabs.List grow aria-label={t('nowNext.tabs')} mb="md">
        {(['now', 'next'] as const).map((half) => {
          const { color, icon: TabIcon } = look[half];
          return (
            <Tabs.Tab
              key={half}
              value={half}
              color={`${color}.7`}
              leftSection={<TabIcon size={18} aria-hidden />}
              fw={650}
            >
              {t(`nowNext.${half}.title`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      <Tabs.Panel value="now">{halves.now}</Tabs.Panel>
      <Tabs.Panel value="next">{halves.next}</Tabs.Panel>
    </Tabs>
  );
}

function HalfPanel({
  half,
  subject,
  name,
  order,
  content,
}: { half: Half; content?: ReactNode } & Required<Pick<NowNextProps, 'order'>> &
  Omit<NowNextProps, 'now' | 'next'>) {
  const { t } = useTranslation();
  const { color, icon: HeaderIcon } = look[half];
  const base = `nowNext.${half}` as const;
  const who = subject === 'self' ? 'self' : 'other';
  return (
    <Paper
      component="section"
      aria-labelledby={`${half}-title`}
      data-testid={`half-${half}`}
      p={0}
      style={{ overflow: 'hidden', borderTop: `4px solid var(--mantine-color-${color}-7)` }}
    >
      <Box bg={`${color}.0`} px="lg" py="md">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <ThemeIcon color={color} variant="filled" size={38} radius="md">
            <HeaderIcon size={22} aria-hidden />
          </ThemeIcon>
          <Stack gap={2}>
            <Group gap={8}>
              <Title order={order} id={`${half}-title`} size="h3" c={`${color}.9`}>
                {t(`${base}.title`)}
              </Title>
              <Badge color={color} variant="outline" size="sm">
                {t(`${base}.horizon`)}
              </Badge>
            </Group>
            <Text size="sm" c={`${color}.9`}>
              {t(`${base}.purpose`)}
            </Text>
          </Stack>
        </Group>
      </Box>
      {content ? (
        <Stack gap="md" p="lg" data-testid={`half-${half}-content`}>
          {content}
        </Stack>
      ) : (
        <Stack gap="md" p="lg">
          <Stack gap={4}>
            <Text fw={600}>{t(`${base}.empty.${who}.title`, { name })}</Text>
            <Text size="sm" c="dimmed">
              {t(`${base}.empty.${who}.description`, { name })}
            </Text>
          </Stack>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('nowNext.whatAppears')}
          </Text>
          <List spacing="sm" center={false} listStyleType="none" style={{ paddingInlineStart: 0 }}>
            {items[half].map(({ key, icon: ItemIcon }) => (
              <List.Item
                key={key}
                icon={
                  <ThemeIcon color={color} variant="light" size={28} radius="md">
                    <ItemIcon size={16} aria-hidden />
                  </ThemeIcon>
                }
              >
                <Text size="sm" fw={600} span>
                  {t(`${base}.items.${key}.title` as 'nowNext.now.items.goals.title')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t(`${base}.items.${key}.description` as 'nowNext.now.items.goals.description')}
                </Text>
              </List.Item>
            ))}
          </List>
          <Text size="sm" c={`${color}.9`} fw={500}>
            {t(`${base}.next.${who}`, { name })}
          </Text>
        </Stack>
      )}
    </Paper>
  );
}
