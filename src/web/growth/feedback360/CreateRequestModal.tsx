import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasRole, useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PersonPicker, type PickedPerson } from '../../org/PersonPicker';
import { fieldError } from '../../performance/oneOnOnes/fieldMessage';
import { competenciesQuery, keys360, writes360 } from './api';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Start a 360 for oneself, or (HR) for someone in a leadership program. */
export function CreateRequestModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isHr = hasRole(me, 'hr_admin');
  const [forSomeone, setForSomeone] = useState(false);
  const [subject, setSubject] = useState<PickedPerson | null>(null);
  const [programName, setProgramName] = useState('');
  const [deadline, setDeadline] = useState(inDays(21));
  const [approval, setApproval] = useState(false);
  const [managerNamed, setManagerNamed] = useState(false);
  const [coach, setCoach] = useState<PickedPerson | null>(null);
  const [competencyIds, setCompetencyIds] = useState<string[]>([]);
  const library = useQuery({ ...competenciesQuery, enabled: opened });
  const create = useMutation({
    mutationFn: () =>
      writes360.create({
        ...(forSomeone && subject ? { subjectId: subject.id, programName } : {}),
        deadline,
        requireManagerApproval: approval,
        managerNamed,
        coachId: coach?.id ?? null,
        ...(competencyIds.length > 0 ? { competencyIds } : {}),
      }),
    onSuccess: (created) => {
      void queryClient.invalidateQueries({ queryKey: keys360.all });
      notifications.show({ color: 'green', message: t('feedback360.create.created') });
      onClose();
      if (!forSomeone) void navigate({ to: '/growth/360/$requestId', params: { requestId: created.id } });
    },
  });
  const error = (field: string) => fieldError(create.error, field, t);
  const emptyLibrary = library.data !== undefined && library.data.length === 0;

  return (
    <Modal opened={opened} onClose={onClose} title={t('feedback360.create.title')} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="md">
          {emptyLibrary ? <Alert color="yellow">{t('feedback360.create.noLibrary')}</Alert> : null}
          {isHr ? (
            <Checkbox
              label={t('feedback360.create.forSomeone')}
              checked={forSomeone}
              onChange={(e) => setForSomeone(e.currentTarget.checked)}
            />
          ) : null}
          {forSomeone ? (
            <>
              <PersonPicker
                label={t('feedback360.create.subject')}
                value={subject?.id ?? null}
                onChange={setSubject}
                error={error('subjectId')}
              />
              <TextInput
                label={t('feedback360.create.program')}
                value={programName}
                onChange={(e) => setProgramName(e.currentTarget.value)}
                error={error('programName')}
                required
              />
            </>
          ) : null}
          <TextInput
            type="date"
            label={t('feedback360.create.deadline')}
            value={deadline}
            min={inDays(1)}
            onChange={(e) => setDeadline(e.currentTarget.value)}
            error={error('deadline')}
            required
            data-testid="feedback360-deadline"
          />
          <MultiSelect
            label={t('feedback360.create.competencies')}
            description={t('feedback360.create.competenciesHelp')}
            data={(library.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={competencyIds}
            onChange={setCompetencyIds}
            error={error('competencyIds')}
            searchable
            clearable
          />
          <Checkbox
            label={t('feedback360.create.approval')}
            description={t('feedback360.create.approvalHelp')}
            checked={approval}
            onChange={(e) => setApproval(e.currentTarget.checked)}
            error={error('requireManagerApproval')}
            data-testid="feedback360-approval-choice"
          />
          <Checkbox
            label={t('feedback360.create.managerNamed')}
            description={t('feedback360.create.managerNamedHelp')}
            checked={managerNamed}
            onChange={(e) => setManagerNamed(e.currentTarget.checked)}
            error={error('managerNamed')}
            data-testid="feedback360-named-choice"
          />
          <PersonPicker
            label={t('feedback360.create.coach')}
            description={t('feedback360.create.coachHelp')}
            value={coach?.id ?? null}
            onChange={setCoach}
            excludeId={forSomeone ? subject?.id : me.person?.id}
            error={error('coachId')}
          />
          {create.isError && !(create.error as { fields?: object }).fields ? (
            <ErrorAlert error={create.error} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending} disabled={emptyLibrary}>
              {t('feedback360.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
