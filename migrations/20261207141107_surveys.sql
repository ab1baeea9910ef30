CREATE TABLE "engagement_survey_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"question_id" uuid,
	"bucket_department_id" uuid,
	"bucket_tenure_band" text NOT NULL,
	"bucket_manager_chain" uuid[] NOT NULL,
	"verbatim_text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_survey_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "engagement_survey_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"snapshot_department_id" uuid,
	"snapshot_tenure_band" text NOT NULL,
	"snapshot_manager_chain" uuid[] NOT NULL,
	"invited_on" date NOT NULL,
	"responded" boolean DEFAULT false NOT NULL,
	"responded_on" date
);
--> statement-breakpoint
CREATE TABLE "engagement_survey_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"driver" text,
	"prompt" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_survey_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"bucket_department_id" uuid,
	"bucket_tenure_band" text NOT NULL,
	"bucket_manager_chain" uuid[] NOT NULL,
	"likert_scores" jsonb NOT NULL,
	"enps_score" smallint
);
--> statement-breakpoint
CREATE TABLE "engagement_survey_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"survey_id" uuid NOT NULL,
	"round_number" integer NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"closed" boolean DEFAULT false NOT NULL,
	"question_ids" uuid[] NOT NULL,
	"skipped_for_fatigue" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "engagement_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"audience_kind" text NOT NULL,
	"audience_department_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"anonymity_threshold" integer DEFAULT 5 NOT NULL,
	"comment_threshold" integer DEFAULT 10 NOT NULL,
	"schedule" text NOT NULL,
	"drivers_per_round" integer,
	"open_days" integer DEFAULT 7 NOT NULL,
	"next_round_on" date,
	"ended" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "engagement_surveys_threshold_floor" CHECK ("engagement_surveys"."anonymity_threshold" >= 3),
	CONSTRAINT "engagement_surveys_comment_threshold" CHECK ("engagement_surveys"."comment_threshold" >= "engagement_surveys"."anonymity_threshold")
);
--> statement-breakpoint
CREATE TABLE "engagement_team_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"survey_id" uuid,
	"team_kind" text NOT NULL,
	"team_id" uuid NOT NULL,
	"driver" text,
	"action_title" text NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_survey_comments" ADD CONSTRAINT "engagement_survey_comments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_comments" ADD CONSTRAINT "engagement_survey_comments_round_id_engagement_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."engagement_survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_links" ADD CONSTRAINT "engagement_survey_links_participant_id_engagement_survey_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."engagement_survey_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_participants" ADD CONSTRAINT "engagement_survey_participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_participants" ADD CONSTRAINT "engagement_survey_participants_round_id_engagement_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."engagement_survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_participants" ADD CONSTRAINT "engagement_survey_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_questions" ADD CONSTRAINT "engagement_survey_questions_survey_id_engagement_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."engagement_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_responses" ADD CONSTRAINT "engagement_survey_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_responses" ADD CONSTRAINT "engagement_survey_responses_round_id_engagement_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."engagement_survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_rounds" ADD CONSTRAINT "engagement_survey_rounds_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_rounds" ADD CONSTRAINT "engagement_survey_rounds_survey_id_engagement_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."engagement_surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_surveys" ADD CONSTRAINT "engagement_surveys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_team_actions" ADD CONSTRAINT "engagement_team_actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_team_actions" ADD CONSTRAINT "engagement_team_actions_survey_id_engagement_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."engagement_surveys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_team_actions" ADD CONSTRAINT "engagement_team_actions_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_survey_comments_round_idx" ON "engagement_survey_comments" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_survey_participants_uq" ON "engagement_survey_participants" USING btree ("round_id","person_id");--> statement-breakpoint
CREATE INDEX "engagement_survey_participants_person_idx" ON "engagement_survey_participants" USING btree ("organization_id","person_id","invited_on");--> statement-breakpoint
CREATE INDEX "engagement_survey_questions_survey_idx" ON "engagement_survey_questions" USING btree ("survey_id","position");--> statement-breakpoint
CREATE INDEX "engagement_survey_responses_round_idx" ON "engagement_survey_responses" USING btree ("round_id");--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_survey_rounds_number_uq" ON "engagement_survey_rounds" USING btree ("survey_id","round_number");--> statement-breakpoint
CREATE INDEX "engagement_survey_rounds_open_idx" ON "engagement_survey_rounds" USING btree ("organization_id","closed","closes_on");--> statement-breakpoint
CREATE INDEX "engagement_surveys_org_idx" ON "engagement_surveys" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "engagement_team_actions_team_idx" ON "engagement_team_actions" USING btree ("organization_id","team_kind","team_id");