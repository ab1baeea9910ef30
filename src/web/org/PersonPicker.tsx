import { Group, Loader, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { PersonAvatar } from '../components/PersonAvatar';

export interface PickedPerson {
  id: string;
  displayName: string;
  jobTitle: string;
}

interface PersonPickerProps {
  label: string;
  value: string | null;
  onChange: (person: PickedPerson | null) => void;
  /** The currently chosen person, so the input can show a name before any search. */
  initial?: PickedPerson | null;
  /** A person who may not be chosen (e.g. oneself as one's own manager). */
  excludeId?: string;
  description?: ReactNode;
  placeholder?: string;
  error?: ReactNode;
  clearable?: boolean;
  testId?: string;
  onBlur?: () => void;
}

/** Choose a person by typing a name: searches the directory on the server as you type. */
export function PersonPicker({
  label,
  value,
  onChange,
  initial,
  excludeId,
  description,
  placeholder,
  error,
  clearable = true,
  testId,
  onBlur,
}: PersonPickerProps) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<PickedPerson | null>(initial ?? null);
  const [search, setSearch] = useState(initial?.displayName ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const query = debounced.trim();
  const typingSelectedName = selected !== null && query === selected.displayName;
  const results = useQuery({
    queryKey: ['people', 'picker', query],
    queryFn: ({ signal }) =>
      apiGet('/api/people', { params: { query: { q: query || undefined, pageSize: 20 } }, signal }),
    enabled: !typingSelectedName,
    staleTime: 30_000,
  });

  const people = useMemo(() => {
    const byId = new Map<string, PickedPerson>();
    if (selected) byId.set(selected.id, selected);
    for (const p of results.data?.items ?? []) {
      if (p.id !== excludeId && p.status !== 'terminated') byId.set(p.id, p);
    }
    return byId;
  }, [selected, results.data, excludeId]);

  return (
    <Select
      label={label}
      description={description}
      placeholder={placeholder ?? t('personPicker.placeholder')}
      searchable
      clearable={clearable}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onBlur={onBlur}
      error={error}
      filter={({ options }) => options}
      data={[...people.values()].map((p) => ({ value: p.id, label: p.displayName }))}
      onChange={(id) => {
        const person = id ? (people.get(id) ?? null) : null;
        setSelected(person);
        onChange(person);
      }}
      renderOption={({ option }) => {
        const person = people.get(option.value);
        return (
          <Group gap="sm" wrap="nowrap">
            <PersonAvatar name={option.label} size={28} />
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              {person?.jobTitle ? (
                <Text size="xs" c="dimmed">
                  {person.jobTitle}
                </Text>
              ) : null}
            </Stack>
          </Group>
        );
      }}
      rightSection={results.isFetching ? <Loader size={14} aria-hidden /> : undefined}
      nothingFoundMessage={results.isFetching ? t('common.loading') : t('personPicker.nothingFound')}
      data-testid={testId}
    />
  );
}
