CREATE TABLE "engagement_survey_held_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"bucket_department_id" uuid,
	"bucket_tenure_band" text NOT NULL,
	"bucket_manager_chain" uuid[] NOT NULL,
	"likert_scores" jsonb NOT NULL,
	"enps_score" smallint,
	"held_comments" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_survey_held_answers" ADD CONSTRAINT "engagement_survey_held_answers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_survey_held_answers" ADD CONSTRAINT "engagement_survey_held_answers_round_id_engagement_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."engagement_survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "engagement_survey_held_answers_round_idx" ON "engagement_survey_held_answers" USING btree ("round_id");