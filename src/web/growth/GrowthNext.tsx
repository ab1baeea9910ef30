import { AspirationsNextPanel } from './aspirations/AspirationsNextPanel';
import { ConversationNextPanel } from './conversations/ConversationNextPanel';
import { Feedback360NextPanel } from './feedback360/Feedback360NextPanel';
import { LearningNextPanel } from './learning/LearningNextPanel';
import { PathNextPanel } from './paths/PathNextPanel';
import { PlanNextPanel } from './plans/PlanNextPanel';

/**
 * The "Next" half of a person's page: aspirations, plan progress, the next career conversation,
 * path, learning and (on one's own page) 360s. Each panel asks the server, which answers with the
 * person's own data in full, a report's shared items for their manager, and nothing to anyone else.
 */
export function GrowthNext({ personId, personName }: { personId: string; personName?: string }) {
  return (
    <>
      <ConversationNextPanel personId={personId} />
      <AspirationsNextPanel personId={personId} name={personName} />
      <PlanNextPanel personId={personId} />
      <PathNextPanel personId={personId} />
      <LearningNextPanel personId={personId} />
      <Feedback360NextPanel personId={personId} />
    </>
  );
}
