import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BusinessObjective } from '../../../contracts/plans';
import { catalogueQuery, objectivesQuery } from './api';

/** Searches, on the server, the business objectives the owner may link (company, department, own). */
export function ObjectivePicker({
  value,
  current,
  onChange,
  error,
}: {
  value: string | null;
  current: BusinessObjective | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery(objectivesQuery(debounced));
  const options = new Map<string, { value: string; label: string }>();
  if (current) options.set(current.id, { value: current.id, label: current.title });
  for (const objective of query.data?.items ?? []) {
    options.set(objective.id, {
      value: objective.id,
      label: `${objective.title} · ${t(`plans.objectiveLevel.${objective.level}`)}`,
    });
  }
  return (
    <Select
      label={t('plans.goal.objective')}
      description={t('plans.goal.objectiveHelp')}
      placeholder={t('plans.goal.objectivePlaceholder')}
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('plans.goal.objectiveNone')}
      data={[...options.values()]}
      error={error}
    />
  );
}

/** Searches the learning catalogue for a course or certification to link an action to. */
export function CataloguePicker({
  kind,
  value,
  currentTitle,
  onChange,
  error,
}: {
  kind: 'course' | 'certification';
  value: string | null;
  currentTitle: string | null;
  onChange: (id: string | null) => void;
  error?: ReactNode;
}) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery(catalogueQuery(debounced, kind));
  const options = new Map<string, { value: string; label: string }>();
  if (value && currentTitle) options.set(value, { value, label: currentTitle });
  for (const item of query.data?.items ?? []) options.set(item.id, { value: item.id, label: item.title });
  return (
    <Select
      label={t('plans.action.learningItem')}
      placeholder={t('plans.action.learningPlaceholder')}
      searchable
      clearable
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={t('plans.action.learningNone')}
      data={[...options.values()]}
      error={error}
    />
  );
}
