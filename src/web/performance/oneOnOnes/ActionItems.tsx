import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionItem, MeetingDetail, ParticipantRef } from '../../../contracts/oneOnOnes';
import { formatDate } from '../../app/format';
import { useMe } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ActionItemEditForm } from './ActionItemEditForm';
import { meetingWrites } from './api';
import { useMeetingWrite } from './useMeetingWrite';

/** Action items with an owner (one of the two) and a due date; open ones move to the next meeting. */
export function ActionItems({
  meeting,
  participants,
}: {
  meeting: MeetingDetail;
  participants: ParticipantRef[];
}) {
  const { t } = useTranslation();
  const headingId = `actions-${meeting.id}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        {t('oneOnOnes.actions.heading')}
      </Title>
      {meeting.actionItems.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('oneOnOnes.actions.empty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {meeting.actionItems.map((item) => (
            <ActionRow key={item.id} item={item} participants={participants} />
          ))}
        </Stack>
      )}
      {meeting.abilities.addItems ? (
        <AddActionForm meetingId={meeting.id} participants={participants} />
      ) : null}
    </Stack>
  );
}

function ActionRow({ item, participants }: { item: ActionItem; participants: ParticipantRef[] }) {
  const { t } = useTranslation();
  const toggle = useMeetingWrite((done: boolean) =>
    meetingWrites.updateActionItem(item.id, { version: item.version, done }),
  );
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const meta = [
    item.owner.displayName,
    item.dueOn
      ? t('oneOnOnes.actions.dueOn', { date: formatDate(item.dueOn) })
      : t('oneOnOnes.actions.noDue'),
  ];
  if (editing)
    return (
      <li data-testid="action-item">
        <ActionItemEditForm item={item} participants={participants} onClose={stopEditing} />
      </li>
    );
  return (
    <li data-testid="action-item">
      <Stack gap={2}>
        <Group gap="sm" justify="space-between" wrap="nowrap" align="flex-start">
          <Checkbox
            label={item.text}
            description={meta.join(' · ')}
            checked={item.done}
            disabled={!item.abilities.edit || toggle.isPending}
            onChange={(event) => toggle.mutate(event.currentTarget.checked)}
            styles={{ label: item.done ? { textDecoration: 'line-through' } : undefined }}
          />
          {item.abilities.edit ? (
            <ActionIcon
              ref={editButton}
              variant="subtle"
              color="gray"
              onClick={() => setEditing(true)}
              aria-label={t('oneOnOnes.actions.edit', { text: item.text })}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          ) : null}
        </Group>
        {item.carriedOver ? (
          <Group gap={4} pl={32}>
            <Badge size="xs" variant="light" color="gray">
              {t('oneOnOnes.actions.carried')}
            </Badge>
          </Group>
        ) : null}
        {toggle.isError ? <ErrorAlert error={toggle.error} /> : null}
      </Stack>
    </li>
  );
}

function AddActionForm({ meetingId, participants }: { meetingId: string; participants: ParticipantRef[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const [text, setText] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(me.person?.id ?? participants[0]?.id ?? null);
  const [dueOn, setDueOn] = useState<string | null>(null);
  const add = useMeetingWrite(
    () => meetingWrites.addActionItem(meetingId, { text: text.trim(), ownerId: ownerId ?? '', dueOn }),
    () => {
      setText('');
      setDueOn(null);
    },
  );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim() && ownerId) add.mutate(undefined);
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <TextInput
            label={t('oneOnOnes.actions.text')}
            value={text}
            maxLength={500}
            onChange={(event) => setText(event.currentTarget.value)}
          />
          <Select
            label={t('oneOnOnes.actions.owner')}
            value={ownerId}
            onChange={setOwnerId}
            allowDeselect={false}
            data={participants.map((p) => ({ value: p.id, label: p.displayName }))}
          />
          <DatePickerInput
            label={t('oneOnOnes.actions.due')}
            valueFormat="D MMM YYYY"
            clearable
            clearButtonProps={{ 'aria-label': t('oneOnOnes.actions.clearDue') }}
            value={dueOn}
            onChange={setDueOn}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button
            type="submit"
            variant="light"
            loading={add.isPending}
            leftSection={<IconPlus size={14} aria-hidden />}
          >
            {t('oneOnOnes.actions.add')}
          </Button>
        </Group>
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </form>
  );
}
