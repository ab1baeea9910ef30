import { Button, Grid, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconX } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmploymentStatus } from '../../../contracts/org';
import type { DirectorySearch } from '../../app/search';
import { departmentsQuery, levelsQuery } from '../api';

interface DirectoryFiltersProps {
  search: DirectorySearch;
  onChange: (patch: Partial<DirectorySearch>) => void;
}

export function DirectoryFilters({ search, onChange }: DirectoryFiltersProps) {
  const { t } = useTranslation();
  const departments = useQuery(departmentsQuery);
  const levels = useQuery(levelsQuery);
  const [text, setText] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(text, 300);

  // Push the typed text to the URL once the user pauses.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the debounced text triggers a search
  useEffect(() => {
    const q = debounced.trim() || undefined;
    if (q !== search.q) onChange({ q });
  }, [debounced]);

  // Follow the URL when it changes from outside (back button, "clear filters").
  useEffect(() => {
    setText((current) => (current.trim() === (search.q ?? '') ? current : (search.q ?? '')));
  }, [search.q]);

  const hasFilters = Boolean(search.q || search.departmentId || search.levelId || search.status);

  return (
    <Grid gap="sm" align="flex-end">
      <Grid.Col span={{ base: 12, md: 4 }}>
        <TextInput
          label={t('directory.search')}
          placeholder={t('directory.searchPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          type="search"
          data-testid="directory-search"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xs: 4, md: 2.5 }}>
        <Select
          label={t('person.department')}
          placeholder={t('directory.anyDepartment')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={search.departmentId ?? null}
          onChange={(value) => onChange({ departmentId: value ?? undefined })}
          clearable
          searchable
          nothingFoundMessage={t('common.nothingFound')}
          data-testid="filter-department"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, xs: 4, md: 2 }}>
        <Select
          label={t('person.level')}
          placeholder={t('directory.anyLevel')}
          data={(levels.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          value={search.levelId ?? null}
          onChange={(value) => onChange({ levelId: value ?? undefined })}
          clearable
          data-testid="filter-level"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 6, xs: 4, md: 2 }}>
        <Select
          label={t('person.status')}
          placeholder={t('directory.anyStatus')}
          data={(['active', 'on_leave', 'terminated'] as const).map((s) => ({
            value: s,
            label: t(`status.${s}`),
          }))}
          value={search.status ?? null}
          onChange={(value) => onChange({ status: (value as EmploymentStatus | null) ?? undefined })}
          clearable
          data-testid="filter-status"
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 1.5 }}>
        {hasFilters ? (
          <Button
            variant="subtle"
            color="gray"
            leftSection={<IconX size={14} aria-hidden />}
            onClick={() => {
              setText('');
              onChange({ q: undefined, departmentId: undefined, levelId: undefined, status: undefined });
            }}
          >
            {t('directory.clear')}
          </Button>
        ) : null}
      </Grid.Col>
    </Grid>
  );
}
