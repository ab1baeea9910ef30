ALTER TABLE "comp_proposal_events" DROP CONSTRAINT "comp_proposal_events_note";--> statement-breakpoint
ALTER TABLE "comp_proposals" DROP CONSTRAINT "comp_proposals_returned";