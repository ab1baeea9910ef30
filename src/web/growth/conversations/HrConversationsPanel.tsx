import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import {
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiPut } from '../../api/client';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ButtonLink } from '../../components/links';
import { QueryView } from '../../components/QueryView';
import { showToast } from '../../components/showToast';
import { apiFieldError } from '../../i18n/issues';
import { conversationKeys, coverageQuery, settingsQuery } from './api';

/** HR's view: coverage counts per department (never content), and the organisation's rules. */
export function HrConversationsPanel() {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Coverage />
      <SettingsForm />
    </SimpleGrid>
  );
}

function Coverage() {
  const { t } = useTranslation();
  const query = useQuery(coverageQuery());
  const data = (query.data?.items ?? []).map((row) => ({
    department: row.departmentName || t('conversations.coverage.noDepartment'),
    held: row.withConversation,
    notHeld: row.people - row.withConversation,
  }));
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="coverage-title"
      data-testid="conversation-coverage"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="coverage-title">
          {t('conversations.coverage.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('conversations.coverage.lead')}
        </Text>
        <QueryView query={query} skeleton={<Skeleton height={200} />}>
          {(coverage) => (
            <>
              <Text size="sm" fw={600}>
                {t('conversations.coverage.total', {
                  held: coverage.totals.withConversation,
                  people: coverage.totals.people,
                })}
              </Text>
              <BarChart
                h={Math.max(200, 36 * data.length)}
                data={data}
                dataKey="department"
                type="stacked"
                orientation="vertical"
                yAxisProps={{ width: 110, interval: 0 }}
                withLegend
                series={[
                  { name: 'held', label: t('conversations.coverage.held'), color: 'brand.6' },
                  { name: 'notHeld', label: t('conversations.coverage.notHeld'), color: 'gray.3' },
                ]}
              />
              <VisuallyHidden>
                {data.map((row) => `${row.department}: ${row.held} / ${row.held + row.notHeld}`).join('; ')}
              </VisuallyHidden>
            </>
          )}
        </QueryView>
      </Stack>
    </Paper>
  );
}

function SettingsForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(settingsQuery());
  const [cadence, setCadence] = useState<number | string>(6);
  const [window, setWindow] = useState<number | string>(14);
  const [startedOn, setStartedOn] = useState('');
  useEffect(() => {
    if (!query.data) return;
    setCadence(query.data.cadenceMonths);
    setWindow(query.data.releaseWindowDays);
    setStartedOn(query.data.policyStartedOn);
  }, [query.data]);
  const save = useMutation({
    mutationFn: () =>
      apiPut('/api/growth/conversations/settings', {
        body: {
          version: query.data?.version ?? 0,
          cadenceMonths: Number(cadence),
          releaseWindowDays: Number(window),
          ...(startedOn ? { policyStartedOn: startedOn } : {}),
        },
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: conversationKeys.all });
      showToast({ tone: 'positive', message: t('conversations.settings.saved') });
    },
  });
  const fieldError = (name: string) => apiFieldError(save.error, name) ?? null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="settings-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="settings-title">
            {t('conversations.settings.title')}
          </Title>
          {/* The fields hold their own copy of the settings (set when they load), so they need no data here. */}
          <QueryView query={query} skeleton={<Skeleton height={120} />}>
            {() => (
              <>
                <NumberInput
                  label={t('conversations.settings.cadence')}
                  min={1}
                  max={24}
                  value={cadence}
                  onChange={setCadence}
                  error={fieldError('cadenceMonths')}
                />
                <NumberInput
                  label={t('conversations.settings.window')}
                  min={0}
                  max={90}
                  value={window}
                  onChange={setWindow}
                  error={fieldError('releaseWindowDays')}
                />
                <DateField
                  label={t('conversations.settings.policyStartedOn')}
                  description={t('conversations.settings.policyStartedOnHint')}
                  value={startedOn}
                  onChange={setStartedOn}
                  error={fieldError('policyStartedOn')}
                  data-testid="conversation-policy-start"
                />
                {save.isError &&
                !fieldError('cadenceMonths') &&
                !fieldError('releaseWindowDays') &&
                !fieldError('policyStartedOn') ? (
                  <ErrorAlert error={save.error} />
                ) : null}
                <Group justify="space-between">
                  <ButtonLink
                    to="/growth/library/questions"
                    variant="subtle"
                    color="brand"
                    leftSection={<IconListCheck size={16} aria-hidden />}
                  >
                    {t('conversations.settings.questionBank')}
                  </ButtonLink>
                  <Button type="submit" color="brand" loading={save.isPending}>
                    {t('conversations.settings.save')}
                  </Button>
                </Group>
              </>
            )}
          </QueryView>
        </Stack>
      </form>
    </Paper>
  );
}
