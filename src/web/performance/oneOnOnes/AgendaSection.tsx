import {
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPencil, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingDetail, AgendaSection as Section } from '../../../contracts/oneOnOnes';
import { toneBadge } from '../../app/statusColors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AgendaItemEditForm } from './AgendaItemEditForm';
import { meetingWrites } from './api';
import { useMeetingWrite } from './useMeetingWrite';

// The same colours as the profile's Now and Next halves, so the two kinds of topic read apart.
const look: Record<Section, { color: string }> = { now: { color: 'indigo' }, next: { color: 'brand' } };

/**
 * One half of the agenda: "Now" (performance topics) or "Next" (growth topics). Either participant
 * ticks an item as discussed; its author may reword or remove it. Unticked items move to the next meeting.
 */
export function AgendaSection({ meeting, section }: { meeting: MeetingDetail; section: Section }) {
  const { t } = useTranslation();
  const items = meeting.agenda.filter((item) => item.section === section);
  const [text, setText] = useState('');
  const add = useMeetingWrite(
    (value: string) => meetingWrites.addAgendaItem(meeting.id, { section, text: value }),
    () => setText(''),
  );
  const headingId = `agenda-${section}-${meeting.id}`;
  return (
    <Paper
      withBorder
      p="md"
      style={{ borderTop: `4px solid var(--mantine-color-${look[section].color}-7)` }}
      aria-labelledby={headingId}
      component="section"
    >
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={4} id={headingId} c={`${look[section].color}.9`}>
            {t(`oneOnOnes.agenda.${section}`)}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`oneOnOnes.agenda.${section}Hint`)}
          </Text>
        </Stack>
        {items.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid={`agenda-${section}-empty`}>
            {section === 'now' ? t('oneOnOnes.agenda.emptyNow') : t('oneOnOnes.agenda.emptyNext')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {items.map((item) => (
              <AgendaRow key={item.id} item={item} />
            ))}
          </Stack>
        )}
        {meeting.abilities.addItems ? (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (text.trim()) add.mutate(text.trim());
            }}
          >
            <Group gap="xs" align="flex-end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                label={
                  section === 'now' ? t('oneOnOnes.agenda.addLabelNow') : t('oneOnOnes.agenda.addLabelNext')
                }
                placeholder={t('oneOnOnes.agenda.addPlaceholder')}
                value={text}
                maxLength={500}
                onChange={(event) => setText(event.currentTarget.value)}
              />
              <Button
                type="submit"
                variant="light"
                color={look[section].color}
                loading={add.isPending}
                leftSection={<IconPlus size={14} aria-hidden />}
              >
                {t('oneOnOnes.agenda.add')}
              </Button>
            </Group>
          </form>
        ) : null}
        {add.isError ? <ErrorAlert error={add.error} /> : null}
      </Stack>
    </Paper>
  );
}

function AgendaRow({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const tick = useMeetingWrite((discussed: boolean) =>
    meetingWrites.updateAgendaItem(item.id, { version: item.version, discussed }),
  );
  const remove = useMeetingWrite(() => meetingWrites.removeAgendaItem(item.id, item.version));
  const suggestion = item.source !== 'manual' && item.author === null;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const stopEditing = () => {
    setEditing(false);
    // Back to the Edit button, so the keyboard position is not lost when the form disappears.
    requestAnimationFrame(() => editButton.current?.focus());
  };
  const details = [
    item.author ? t('oneOnOnes.agenda.addedBy', { name: item.author.displayName }) : null,
  ].filter(Boolean);
  if (editing)
    return (
      <li data-testid="agenda-item">
        <AgendaItemEditForm item={item} onClose={stopEditing} />
      </li>
    );
  return (
    <li data-testid="agenda-item">
      <Group gap="sm" justify="space-between" wrap="nowrap" align="flex-start">
        <Stack gap={2} miw={0}>
          <Checkbox
            label={item.text}
            checked={item.discussed}
            disabled={!item.abilities.tick || tick.isPending}
            onChange={(event) => tick.mutate(event.currentTarget.checked)}
            description={details.join(' · ') || undefined}
            styles={{ label: item.discussed ? { textDecoration: 'line-through' } : undefined }}
          />
          <Group gap={4} pl={32}>
            {item.discussed ? (
              <Badge size="xs" {...toneBadge('positive')}>
                {t('oneOnOnes.agenda.discussed')}
              </Badge>
            ) : null}
            {item.carriedOver ? (
              <Badge size="xs" variant="light" color="gray">
                {t('oneOnOnes.agenda.carried')}
              </Badge>
            ) : null}
            {item.source !== 'manual' ? (
              <Badge size="xs" variant="light" color="brand">
                {t('oneOnOnes.agenda.suggested')}
              </Badge>
            ) : null}
          </Group>
          {tick.isError ? <ErrorAlert error={tick.error} /> : null}
          {remove.isError ? <ErrorAlert error={remove.error} /> : null}
        </Stack>
        <Group gap={2} wrap="nowrap">
          {item.abilities.edit ? (
            <ActionIcon
              ref={editButton}
              variant="subtle"
              color="gray"
              onClick={() => setEditing(true)}
              aria-label={t('oneOnOnes.agenda.edit', { text: item.text })}
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          ) : null}
          {item.abilities.remove ? (
            // A suggestion nobody wrote is dismissed (and not suggested again in this series).
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={() => remove.mutate(undefined)}
              loading={remove.isPending}
              aria-label={
                suggestion
                  ? t('oneOnOnes.agenda.dismiss', { text: item.text })
                  : t('oneOnOnes.agenda.remove', { text: item.text })
              }
              data-testid={suggestion ? 'agenda-dismiss' : undefined}
            >
              {suggestion ? <IconX size={16} aria-hidden /> : <IconTrash size={16} aria-hidden />}
            </ActionIcon>
          ) : null}
        </Group>
      </Group>
    </li>
  );
}
