import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { lazyPanel, PanelSlot } from '../components/lazyPanel';

const ConversationNextPanel = lazyPanel(['conversations'], () =>
  import('./conversations/ConversationNextPanel').then((m) => m.ConversationNextPanel),
);
const AspirationsNextPanel = lazyPanel(['aspirations'], () =>
  import('./aspirations/AspirationsNextPanel').then((m) => m.AspirationsNextPanel),
);
const PlanNextPanel = lazyPanel(['plans'], () =>
  import('./plans/PlanNextPanel').then((m) => m.PlanNextPanel),
);
const PathNextPanel = lazyPanel(['paths'], () =>
  import('./paths/PathNextPanel').then((m) => m.PathNextPanel),
);
const LearningNextPanel = lazyPanel(['learning'], () =>
  import('./learning/LearningNextPanel').then((m) => m.LearningNextPanel),
);
const Feedback360NextPanel = lazyPanel(['feedback360'], () =>
  import('./feedback360/Feedback360NextPanel').then((m) => m.Feedback360NextPanel),
);
const CoachingNextPanel = lazyPanel(['coaching'], () =>
  import('./coaching/CoachingNextPanel').then((m) => m.CoachingNextPanel),
);
const MentoringNextPanel = lazyPanel(['mentoring'], () =>
  import('./mentoring/MentoringNextPanel').then((m) => m.MentoringNextPanel),
);

/**
 * The "Next" half of a person's page: aspirations, plan progress, the next career conversation,
 * path, learning and (on one's own page) 360s. Each panel asks the server, which answers with the
 * person's own data in full, a report's shared items for their manager, and nothing to anyone else.
 * `development` and `careerPath` (the profile's abilities) say whether the caller's relation
 * reaches those records at all: panels outside it are not asked for (no 404 per panel), and one
 * note says whose records they are.
 */
export function GrowthNext({
  personId,
  personName,
  development = true,
  careerPath = true,
}: {
  personId: string;
  personName?: string;
  development?: boolean;
  careerPath?: boolean;
}) {
  if (!development) {
    return (
      <>
        {careerPath ? (
          <PanelSlot>
            <PathNextPanel personId={personId} />
          </PanelSlot>
        ) : null}
        <PrivateGrowthNote personId={personId} name={personName} />
      </>
    );
  }
  return (
    <>
      <PanelSlot>
        <ConversationNextPanel personId={personId} />
      </PanelSlot>
      <PanelSlot>
        <AspirationsNextPanel personId={personId} name={personName} />
      </PanelSlot>
      <PanelSlot>
        <PlanNextPanel personId={personId} />
      </PanelSlot>
      {careerPath ? (
        <PanelSlot>
          <PathNextPanel personId={personId} />
        </PanelSlot>
      ) : null}
      <PanelSlot>
        <LearningNextPanel personId={personId} />
      </PanelSlot>
      <PanelSlot>
        <Feedback360NextPanel personId={personId} />
      </PanelSlot>
      <PanelSlot>
        <MentoringNextPanel personId={personId} />
      </PanelSlot>
      <PanelSlot>
        <CoachingNextPanel personId={personId} />
      </PanelSlot>
    </>
  );
}

function PrivateGrowthNote({ personId, name }: { personId: string; name?: string }) {
  const { t } = useTranslation();
  const id = `growth-private-${personId}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id} data-testid="growth-private">
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap">
          <IconLock size={18} aria-hidden />
          <Title order={3} size="h4" id={id}>
            {t('nowNext.next.private.title', { name })}
          </Title>
        </Group>
        <Text size="sm" c="dimmed">
          {t('nowNext.next.private.description', { name })}
        </Text>
      </Stack>
    </Paper>
  );
}
