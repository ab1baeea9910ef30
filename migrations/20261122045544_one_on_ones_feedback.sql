CREATE TABLE "feedback_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"writer_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"body" text NOT NULL,
	"visibility" text NOT NULL,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"responder_id" uuid NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"responded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_on_one_action_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"text" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"due_on" date,
	"done_at" timestamp with time zone,
	"carried_from_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_on_one_agenda_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"section" text NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"source_ref" text,
	"text" text NOT NULL,
	"author_id" uuid,
	"discussed" boolean DEFAULT false NOT NULL,
	"carried_from_id" uuid,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_on_one_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"series_id" uuid NOT NULL,
	"scheduled_on" date NOT NULL,
	"status" text DEFAULT 'upcoming' NOT NULL,
	"shared_notes" text DEFAULT '' NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_on_one_private_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "one_on_one_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"organizer_id" uuid NOT NULL,
	"attendee_id" uuid NOT NULL,
	"cadence" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_writer_id_people_id_fk" FOREIGN KEY ("writer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_recipient_id_people_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_items" ADD CONSTRAINT "feedback_items_request_id_feedback_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_requests" ADD CONSTRAINT "feedback_requests_responder_id_people_id_fk" FOREIGN KEY ("responder_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_action_items" ADD CONSTRAINT "one_on_one_action_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_action_items" ADD CONSTRAINT "one_on_one_action_items_meeting_id_one_on_one_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."one_on_one_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_action_items" ADD CONSTRAINT "one_on_one_action_items_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_action_items" ADD CONSTRAINT "one_on_one_action_items_carried_from_id_one_on_one_action_items_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."one_on_one_action_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_agenda_items" ADD CONSTRAINT "one_on_one_agenda_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_agenda_items" ADD CONSTRAINT "one_on_one_agenda_items_meeting_id_one_on_one_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."one_on_one_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_agenda_items" ADD CONSTRAINT "one_on_one_agenda_items_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_agenda_items" ADD CONSTRAINT "one_on_one_agenda_items_carried_from_id_one_on_one_agenda_items_id_fk" FOREIGN KEY ("carried_from_id") REFERENCES "public"."one_on_one_agenda_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_meetings" ADD CONSTRAINT "one_on_one_meetings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_meetings" ADD CONSTRAINT "one_on_one_meetings_series_id_one_on_one_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."one_on_one_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_private_notes" ADD CONSTRAINT "one_on_one_private_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_private_notes" ADD CONSTRAINT "one_on_one_private_notes_meeting_id_one_on_one_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."one_on_one_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_private_notes" ADD CONSTRAINT "one_on_one_private_notes_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_series" ADD CONSTRAINT "one_on_one_series_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_series" ADD CONSTRAINT "one_on_one_series_organizer_id_people_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_on_one_series" ADD CONSTRAINT "one_on_one_series_attendee_id_people_id_fk" FOREIGN KEY ("attendee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_items_recipient_idx" ON "feedback_items" USING btree ("recipient_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_items_writer_idx" ON "feedback_items" USING btree ("writer_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback_items_public_idx" ON "feedback_items" USING btree ("organization_id","created_at") WHERE "feedback_items"."visibility" = 'public';--> statement-breakpoint
CREATE INDEX "feedback_requests_responder_idx" ON "feedback_requests" USING btree ("responder_id","status","created_at");--> statement-breakpoint
CREATE INDEX "feedback_requests_requester_idx" ON "feedback_requests" USING btree ("requester_id","created_at");--> statement-breakpoint
CREATE INDEX "one_on_one_action_items_meeting_idx" ON "one_on_one_action_items" USING btree ("meeting_id","created_at");--> statement-breakpoint
CREATE INDEX "one_on_one_agenda_items_meeting_idx" ON "one_on_one_agenda_items" USING btree ("meeting_id","section","position");--> statement-breakpoint
CREATE UNIQUE INDEX "one_on_one_agenda_items_source_uq" ON "one_on_one_agenda_items" USING btree ("meeting_id","source","source_ref") WHERE "one_on_one_agenda_items"."source_ref" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "one_on_one_meetings_series_idx" ON "one_on_one_meetings" USING btree ("series_id","scheduled_on");--> statement-breakpoint
CREATE UNIQUE INDEX "one_on_one_meetings_one_upcoming_uq" ON "one_on_one_meetings" USING btree ("series_id") WHERE "one_on_one_meetings"."status" = 'upcoming';--> statement-breakpoint
CREATE UNIQUE INDEX "one_on_one_private_notes_author_uq" ON "one_on_one_private_notes" USING btree ("meeting_id","author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "one_on_one_series_pair_uq" ON "one_on_one_series" USING btree ("organization_id",least("organizer_id", "attendee_id"),greatest("organizer_id", "attendee_id"));--> statement-breakpoint
CREATE INDEX "one_on_one_series_organizer_idx" ON "one_on_one_series" USING btree ("organizer_id");--> statement-breakpoint
CREATE INDEX "one_on_one_series_attendee_idx" ON "one_on_one_series" USING btree ("attendee_id");