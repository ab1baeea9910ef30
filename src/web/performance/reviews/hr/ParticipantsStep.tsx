import {
  Badge,
  Checkbox,
  Group,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../app/format';
import { toneText } from '../../../app/statusColors';
import { DateField } from '../../../components/DateField';
import { Pager } from '../../../components/Pager';
import { QueryView } from '../../../components/QueryView';
import { TableSkeleton } from '../../../components/TableSkeleton';
import { departmentsQuery, levelsQuery } from '../../../org/api';
import { reviewWrites } from '../api';
import { type CycleDraft, filterOf } from './cycleDraft';

const PAGE_SIZE = 10;

/**
 * Step 2 of the cycle wizard: the filters, then who they take in — a searchable, paged list where
 * HR leaves single people out (and takes them back). The count says who takes part after that.
 */
export function ParticipantsStep({ form, active }: { form: UseFormReturnType<CycleDraft>; active: boolean }) {
  const { t } = useTranslation();
  const values = form.getValues();
  const departments = useQuery(departmentsQuery);
  const levels = useQuery(levelsQuery);
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [debounced] = useDebouncedValue({ filter: filterOf(values), search }, 300);
  // A new filter or search starts again from the first page.
  const filterKey = JSON.stringify({
    ...debounced.filter,
    excludedPersonIds: undefined,
    s: debounced.search,
  });
  useEffect(() => {
    void filterKey;
    setPage(1);
  }, [filterKey]);
  const preview = useQuery({
    queryKey: ['review-cycles', 'preview', debounced, page],
    queryFn: () =>
      reviewWrites.preview({
        participantFilter: debounced.filter,
        search: debounced.search,
        page,
        pageSize: PAGE_SIZE,
      }),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  const excluded = new Set(values.excludedPersonIds);
  const toggle = (personId: string, takesPart: boolean) =>
    form.setFieldValue(
      'excludedPersonIds',
      takesPart
        ? values.excludedPersonIds.filter((id) => id !== personId)
        : [...values.excludedPersonIds, personId],
    );
  const data = preview.data;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <MultiSelect
          label={t('reviews.wizard.departments')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          searchable
          {...form.getInputProps('departmentIds')}
        />
        <MultiSelect
          label={t('reviews.wizard.levels')}
          data={(levels.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          searchable
          {...form.getInputProps('levelIds')}
        />
      </SimpleGrid>
      <DateField
        label={t('reviews.wizard.hiredBy')}
        placeholder={t('reviews.wizard.anyHireDate')}
        clearable
        error={form.errors.hiredOnOrBefore}
        value={values.hiredOnOrBefore}
        onChange={(value) => form.setFieldValue('hiredOnOrBefore', value)}
        data-testid="cycle-hiredOnOrBefore"
      />
      <Text fw={600} role="status" aria-live="polite" data-testid="cycle-preview-count">
        {data
          ? data.excludedCount > 0
            ? t('reviews.wizard.previewWithExcluded', {
                count: data.count,
                formatted: formatNumber(data.count),
                excluded: formatNumber(data.excludedCount),
              })
            : t('reviews.wizard.preview', { count: data.count, formatted: formatNumber(data.count) })
          : t('reviews.wizard.previewLoading')}
      </Text>
      {form.errors.excludedPersonIds ? (
        <Text c={toneText('negative')} size="sm" role="alert">
          {String(form.errors.excludedPersonIds)}
        </Text>
      ) : null}
      <Paper withBorder p="sm">
        <Stack gap="xs">
          <TextInput
            label={t('reviews.wizard.findPerson')}
            leftSection={<IconSearch size={16} aria-hidden />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            data-testid="cycle-people-search"
          />
          <QueryView
            query={preview}
            skeleton={<TableSkeleton rows={3} />}
            isEmpty={(found) => found.people.items.length === 0}
            empty={
              <Text size="sm" c="dimmed">
                {t('reviews.wizard.nobodyFound')}
              </Text>
            }
          >
            {(found) => (
              <Table.ScrollContainer minWidth={320}>
                <Table verticalSpacing={4} data-testid="cycle-people">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={96}>{t('reviews.wizard.takesPart')}</Table.Th>
                      <Table.Th>{t('reviews.wizard.person')}</Table.Th>
                      <Table.Th visibleFrom="sm">{t('reviews.wizard.department')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {found.people.items.map((person) => {
                      const out = excluded.has(person.id);
                      return (
                        <Table.Tr key={person.id} data-testid="cycle-person">
                          <Table.Td>
                            <Checkbox
                              checked={!out}
                              onChange={(event) => toggle(person.id, event.currentTarget.checked)}
                              aria-label={t('reviews.wizard.includePerson', { name: person.displayName })}
                            />
                          </Table.Td>
                          <Table.Td>
                            <Group gap={6} wrap="nowrap">
                              <Text
                                size="sm"
                                td={out ? 'line-through' : undefined}
                                c={out ? 'dimmed' : undefined}
                              >
                                {person.displayName}
                              </Text>
                              {out ? (
                                <Badge size="xs" color="gray" variant="light">
                                  {t('reviews.wizard.excluded')}
                                </Badge>
                              ) : null}
                            </Group>
                            {person.jobTitle ? (
                              <Text size="xs" c="dimmed">
                                {person.jobTitle}
                              </Text>
                            ) : null}
                          </Table.Td>
                          <Table.Td visibleFrom="sm">
                            <Text size="sm">{person.departmentName ?? ''}</Text>
                          </Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </QueryView>
          {data && data.people.total > PAGE_SIZE ? (
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={data.people.total}
              onChange={setPage}
              label={t('reviews.wizard.peoplePages')}
            />
          ) : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
