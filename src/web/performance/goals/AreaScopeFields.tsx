import { Input, SegmentedControl, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { levelsQuery } from '../../org/api';
import { jobTitlesQuery } from './api';

export type AreaScopeKind = 'level' | 'jobTitle';

export interface AreaScope {
  kind: AreaScopeKind;
  levelId: string | null;
  /** The chosen title with its name, so the select can show it before any search has run. */
  jobTitle: { id: string; name: string } | null;
}

interface AreaScopeFieldsProps {
  scope: AreaScope;
  onChange: (scope: AreaScope) => void;
  error?: string;
}

/**
 * Who a key performance area applies to: one level, or one job title. Job titles can be many, so
 * that select searches the server as you type instead of loading the whole catalogue.
 */
export function AreaScopeFields({ scope, onChange, error }: AreaScopeFieldsProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const levels = useQuery({ ...levelsQuery, enabled: scope.kind === 'level' });
  // After a pick the search box shows the chosen name; searching for it again would hide the others.
  const q = scope.jobTitle && debounced === scope.jobTitle.name ? '' : debounced;
  const titles = useQuery({ ...jobTitlesQuery(q), enabled: scope.kind === 'jobTitle' });
  const titleOptions = (titles.data?.items ?? []).map((title) => ({
    value: title.id,
    label: title.name,
  }));
  if (scope.jobTitle && !titleOptions.some((option) => option.value === scope.jobTitle?.id))
    titleOptions.unshift({ value: scope.jobTitle.id, label: scope.jobTitle.name });
  return (
    <Stack gap="xs">
      <Input.Wrapper label={t('goals.kpis.scope')} id={labelId} labelElement="div">
        <SegmentedControl
          fullWidth
          aria-labelledby={`${labelId}-label`}
          value={scope.kind}
          onChange={(value) => onChange({ ...scope, kind: value as AreaScopeKind })}
          data={[
            { value: 'level', label: t('goals.kpis.scopeLevel') },
            { value: 'jobTitle', label: t('goals.kpis.scopeJobTitle') },
          ]}
          data-testid="area-scope"
        />
      </Input.Wrapper>
      {scope.kind === 'level' ? (
        <Select
          label={t('goals.kpis.level')}
          data={(levels.data?.items ?? []).map((level) => ({
            value: level.id,
            label: `${level.code} · ${level.name}`,
          }))}
          value={scope.levelId}
          onChange={(levelId) => onChange({ ...scope, levelId })}
          error={error}
          required
        />
      ) : (
        <Select
          label={t('goals.kpis.jobTitle')}
          placeholder={t('goals.kpis.jobTitleSearch')}
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          // The server already filtered by the search text.
          filter={({ options }) => options}
          data={titleOptions}
          value={scope.jobTitle?.id ?? null}
          onChange={(id, option) =>
            onChange({ ...scope, jobTitle: id && option ? { id, name: option.label } : null })
          }
          nothingFoundMessage={
            titles.isFetching ? t('goals.kpis.jobTitleLoading') : t('goals.kpis.jobTitleNone')
          }
          error={error}
          required
          data-testid="area-job-title"
        />
      )}
    </Stack>
  );
}
