import { Checkbox, Grid, Select, TextInput } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { departmentsQuery, levelsQuery } from './api';
import { PersonPicker, type PickedPerson } from './PersonPicker';
import { type PersonForm, timezones } from './personForm';

interface PersonFormFieldsProps {
  form: PersonForm;
  mode: 'create' | 'edit';
  /** The person being edited (cannot be their own manager). */
  personId?: string;
  initialManager?: PickedPerson | null;
  /** Show the "effective from" date: the manager was changed in this edit. */
  managerChanged?: boolean;
}

/** All person fields, laid out in two columns on wide screens and one on phones. */
export function PersonFormFields({
  form,
  mode,
  personId,
  initialManager,
  managerChanged,
}: PersonFormFieldsProps) {
  const { t } = useTranslation();
  const departments = useQuery(departmentsQuery);
  const levels = useQuery(levelsQuery);
  const half = { base: 12, sm: 6 };
  return (
    <Grid gap="md">
      <Grid.Col span={half}>
        <TextInput
          label={t('person.givenName')}
          required
          autoComplete="off"
          {...form.getInputProps('givenName')}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput
          label={t('person.familyName')}
          required
          autoComplete="off"
          {...form.getInputProps('familyName')}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput
          label={t('person.email')}
          type="email"
          required
          autoComplete="off"
          {...form.getInputProps('email')}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput label={t('person.employeeId')} autoComplete="off" {...form.getInputProps('employeeId')} />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput label={t('person.jobTitle')} autoComplete="off" {...form.getInputProps('jobTitle')} />
      </Grid.Col>
      <Grid.Col span={half}>
        <Select
          label={t('person.department')}
          placeholder={t('person.none')}
          data={(departments.data?.items ?? []).map((d) => ({ value: d.id, label: d.name }))}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('departmentId')}
          data-testid="field-department"
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <Select
          label={t('person.level')}
          placeholder={t('person.none')}
          data={(levels.data?.items ?? [])
            .slice()
            .sort((a, b) => a.rank - b.rank)
            .map((l) => ({ value: l.id, label: `${l.code} · ${l.name}` }))}
          clearable
          {...form.getInputProps('levelId')}
          data-testid="field-level"
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <TextInput label={t('person.location')} autoComplete="off" {...form.getInputProps('location')} />
      </Grid.Col>
      <Grid.Col span={half}>
        <Select
          label={t('person.timezone')}
          data={timezones()}
          searchable
          limit={50}
          allowDeselect={false}
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('timezone')}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <DatePickerInput
          label={t('person.hireDate')}
          required
          valueFormat="D MMMM YYYY"
          placeholder={t('common.pickDate')}
          {...form.getInputProps('hireDate')}
          data-testid="field-hire-date"
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <Select
          label={t('person.status')}
          data={(['active', 'on_leave'] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          allowDeselect={false}
          {...form.getInputProps('status')}
        />
      </Grid.Col>
      <Grid.Col span={half}>
        <PersonPicker
          label={t('person.manager')}
          value={form.getValues().managerId}
          initial={initialManager}
          excludeId={personId}
          error={form.errors.managerId}
          onChange={(person) => form.setFieldValue('managerId', person?.id ?? null)}
          testId="field-manager"
        />
      </Grid.Col>
      {mode === 'edit' && managerChanged ? (
        <Grid.Col span={half}>
          <DatePickerInput
            label={t('person.managerChangeEffective')}
            description={t('person.managerChangeEffectiveHint')}
            valueFormat="D MMMM YYYY"
            clearable
            placeholder={t('common.today')}
            {...form.getInputProps('managerChangeEffective')}
          />
        </Grid.Col>
      ) : null}
      {mode === 'create' ? (
        <Grid.Col span={12}>
          <Checkbox
            label={t('admin.people.sendInvitation')}
            description={t('admin.people.sendInvitationHint')}
            {...form.getInputProps('sendInvitation', { type: 'checkbox' })}
          />
        </Grid.Col>
      ) : null}
    </Grid>
  );
}
