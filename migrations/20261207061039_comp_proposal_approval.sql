CREATE TABLE "comp_proposal_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"proposal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_account_id" uuid,
	"actor_person_id" uuid,
	"note" text,
	"before" jsonb,
	"after" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_proposal_events_note" CHECK ("comp_proposal_events"."kind" NOT IN ('adjusted', 'sent_back') OR length("comp_proposal_events"."note") > 0)
);
--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD COLUMN "approval_chain" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD COLUMN "approval_step" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD COLUMN "awaiting_person_id" uuid;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD COLUMN "returned_reason" text;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD COLUMN "approved_by_account_id" uuid;--> statement-breakpoint
ALTER TABLE "comp_proposal_events" ADD CONSTRAINT "comp_proposal_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_proposal_events" ADD CONSTRAINT "comp_proposal_events_proposal_id_comp_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."comp_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_proposal_events" ADD CONSTRAINT "comp_proposal_events_actor_person_id_people_id_fk" FOREIGN KEY ("actor_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_proposal_events_proposal_idx" ON "comp_proposal_events" USING btree ("proposal_id","created_at");--> statement-breakpoint
ALTER TABLE "pay_records" ADD CONSTRAINT "pay_records_comp_cycle_id_comp_cycles_id_fk" FOREIGN KEY ("comp_cycle_id") REFERENCES "public"."comp_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_awaiting_person_id_people_id_fk" FOREIGN KEY ("awaiting_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pay_records_cycle_idx" ON "pay_records" USING btree ("comp_cycle_id") WHERE "pay_records"."comp_cycle_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "comp_proposals_awaiting_idx" ON "comp_proposals" USING btree ("cycle_id","awaiting_person_id") WHERE "comp_proposals"."state" = 'submitted';--> statement-breakpoint
ALTER TABLE "pay_records" ADD CONSTRAINT "pay_records_cycle_reason" CHECK ("pay_records"."comp_cycle_id" IS NULL OR "pay_records"."reason" = 'cycle');--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_returned" CHECK ("comp_proposals"."state" <> 'returned' OR "comp_proposals"."returned_reason" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "comp_proposals" ADD CONSTRAINT "comp_proposals_approved" CHECK ("comp_proposals"."state" <> 'approved' OR "comp_proposals"."approved_at" IS NOT NULL);