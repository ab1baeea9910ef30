import {
  ActionIcon,
  Button,
  Checkbox,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pipScheduleKind, pipSupportKind, pipVisibility } from '../../../contracts/improvementPlans';
import { toneText } from '../../app/statusColors';
import { DateField } from '../../components/DateField';
import type { ContractForm } from '../../components/forms/useContractForm';
import { blankExpectation, blankSupport, type PlanFormValues } from './planFormValues';

type VisibilityField = 'expectationsVisibility' | 'supportVisibility' | 'checkInsVisibility';

/** A part of the plan with its own "who reads this" choice. */
function SectionPanel({
  title,
  form,
  field,
  hrChoices,
  children,
}: {
  title: string;
  form: ContractForm<PlanFormValues>;
  field: VisibilityField;
  hrChoices: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // Only HR keeps a part to HR; a manager sees the other two choices.
  const options = pipVisibility.options.filter((value) => hrChoices || value !== 'hr');
  return (
    <Paper p="md" withBorder>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
          <Title order={2} size="h4">
            {title}
          </Title>
          <Select
            label={t('improvementPlans.visibility.label')}
            data={options.map((value) => ({ value, label: t(`improvementPlans.visibility.${value}`) }))}
            allowDeselect={false}
            // Wide enough for the longest choice in English and German, unclipped.
            w={{ base: '100%', sm: 360 }}
            {...form.form.getInputProps(field)}
            data-testid={`pip-${field}`}
          />
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The fields of the plan editor: reason, dates, check-in schedule, expectations and support, each
 * part with its visibility. `hidden` names the parts kept from the caller (HR-only, for a manager),
 * which are not shown at all; the server keeps them as they are.
 */
export function PlanFormFields({
  form,
  hrChoices,
  hidden,
}: {
  form: ContractForm<PlanFormValues>;
  hrChoices: boolean;
  hidden: { reason: boolean; expectations: boolean; support: boolean; checkIns: boolean };
}) {
  const { t } = useTranslation();
  const { getInputProps, getValues, insertListItem, removeListItem, setFieldValue } = form.form;
  const values = getValues();
  /** A date input's props: the form's value as the `YYYY-MM-DD` string DateField takes. */
  const dateProps = (path: string) => {
    const props = getInputProps(path);
    return {
      ...props,
      value: typeof props.value === 'string' ? props.value : '',
      onChange: (value: string) => setFieldValue(path as never, value as never),
    };
  };
  const remove = (label: string, onClick: () => void) => (
    <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick}>
      <IconTrash size={16} aria-hidden />
    </ActionIcon>
  );
  return (
    <Stack gap="md">
      {hidden.reason ? null : (
        <Paper p="md" withBorder>
          <Stack gap="sm">
            <Textarea
              label={t('improvementPlans.editor.reason')}
              required
              autosize
              minRows={3}
              {...getInputProps('reason')}
              data-testid="pip-reason"
            />
            {hrChoices ? (
              <Checkbox
                label={t('improvementPlans.editor.reasonVisible')}
                {...getInputProps('reasonVisibleToEmployee', { type: 'checkbox' })}
              />
            ) : null}
          </Stack>
        </Paper>
      )}
      <Paper p="md" withBorder>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <DateField label={t('improvementPlans.editor.startDate')} required {...dateProps('startDate')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('improvementPlans.editor.duration')}
              allowDeselect={false}
              data={[
                ...(['30', '60', '90'] as const).map((days) => ({
                  value: days,
                  label: t('improvementPlans.editor.durationDays', { count: Number(days) }),
                })),
                { value: 'date', label: t('improvementPlans.editor.endDateChoice') },
              ]}
              {...getInputProps('durationDays')}
              data-testid="pip-duration"
            />
          </Grid.Col>
          {values.durationDays === 'date' ? (
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <DateField label={t('improvementPlans.editor.endDate')} required {...dateProps('endDate')} />
            </Grid.Col>
          ) : null}
        </Grid>
      </Paper>
      {hidden.expectations ? null : (
        <SectionPanel
          title={t('improvementPlans.editor.expectations')}
          form={form}
          field="expectationsVisibility"
          hrChoices={hrChoices}
        >
          {values.expectations.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the form's own list, addressed by position
            <Grid key={index} gap="xs" align="flex-end" data-testid="pip-expectation">
              <Grid.Col span={{ base: 12, md: 4 }}>
                <Textarea
                  label={t('improvementPlans.plan.statement')}
                  required
                  autosize
                  {...getInputProps(`expectations.${index}.statement`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 3 }}>
                <TextInput
                  label={t('improvementPlans.plan.measure')}
                  required
                  {...getInputProps(`expectations.${index}.measure`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 2 }}>
                <TextInput
                  label={t('improvementPlans.plan.evidence')}
                  {...getInputProps(`expectations.${index}.evidence`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 10, md: 2 }}>
                <DateField
                  label={t('improvementPlans.plan.due')}
                  required
                  {...dateProps(`expectations.${index}.dueOn`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 2, md: 1 }}>
                {remove(t('improvementPlans.editor.remove'), () => removeListItem('expectations', index))}
              </Grid.Col>
            </Grid>
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => insertListItem('expectations', blankExpectation(values.startDate))}
              data-testid="pip-add-expectation"
            >
              {t('improvementPlans.editor.addExpectation')}
            </Button>
          </Group>
        </SectionPanel>
      )}
      {hidden.support ? null : (
        <SectionPanel
          title={t('improvementPlans.editor.supports')}
          form={form}
          field="supportVisibility"
          hrChoices={hrChoices}
        >
          {values.supports.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the form's own list, addressed by position
            <Grid key={index} gap="xs" align="flex-end">
              <Grid.Col span={{ base: 12, sm: 3 }}>
                <Select
                  label={t('improvementPlans.editor.kind')}
                  allowDeselect={false}
                  data={pipSupportKind.options.map((value) => ({
                    value,
                    label: t(`improvementPlans.supportKind.${value}`),
                  }))}
                  {...getInputProps(`supports.${index}.kind`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <TextInput
                  label={t('improvementPlans.editor.description')}
                  required
                  {...getInputProps(`supports.${index}.description`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 10, sm: 3 }}>
                <TextInput
                  label={t('improvementPlans.editor.catalogueItem')}
                  {...getInputProps(`supports.${index}.catalogueItemId`)}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 2, sm: 1 }}>
                {remove(t('improvementPlans.editor.remove'), () => removeListItem('supports', index))}
              </Grid.Col>
            </Grid>
          ))}
          <Group>
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => insertListItem('supports', blankSupport())}
            >
              {t('improvementPlans.editor.addSupport')}
            </Button>
          </Group>
        </SectionPanel>
      )}
      {hidden.checkIns ? null : (
        <SectionPanel
          title={t('improvementPlans.editor.schedule')}
          form={form}
          field="checkInsVisibility"
          hrChoices={hrChoices}
        >
          <Select
            label={t('improvementPlans.editor.schedule')}
            allowDeselect={false}
            data={pipScheduleKind.options.map((value) => ({
              value,
              label: t(`improvementPlans.schedule.${value}`),
            }))}
            w={{ base: '100%', sm: 280 }}
            {...getInputProps('checkInSchedule.kind')}
          />
          {values.checkInSchedule.kind === 'dates' ? (
            <Stack gap="xs">
              <Text size="sm" fw={500}>
                {t('improvementPlans.editor.scheduleDates')}
              </Text>
              {form.form.errors['checkInSchedule.dates'] ? (
                <Text size="sm" c={toneText('negative')}>
                  {form.form.errors['checkInSchedule.dates']}
                </Text>
              ) : null}
              {values.checkInSchedule.dates.map((_, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the form's own list, addressed by position
                <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
                  <DateField
                    label={t('improvementPlans.plan.date')}
                    {...dateProps(`checkInSchedule.dates.${index}`)}
                    style={{ flex: 1 }}
                  />
                  {remove(t('improvementPlans.editor.remove'), () =>
                    removeListItem('checkInSchedule.dates', index),
                  )}
                </Group>
              ))}
              <Group>
                <Button
                  variant="light"
                  leftSection={<IconPlus size={16} aria-hidden />}
                  onClick={() =>
                    setFieldValue('checkInSchedule.dates', [...values.checkInSchedule.dates, ''])
                  }
                >
                  {t('improvementPlans.editor.addDate')}
                </Button>
              </Group>
            </Stack>
          ) : null}
        </SectionPanel>
      )}
    </Stack>
  );
}
