CREATE TABLE "engagement_round_rollups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"manager_id" uuid NOT NULL,
	"respondents" integer NOT NULL,
	"likert_sum" integer NOT NULL,
	"likert_answers" integer NOT NULL,
	"promoters" integer NOT NULL,
	"passives" integer NOT NULL,
	"detractors" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "engagement_round_rollups" ADD CONSTRAINT "engagement_round_rollups_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "engagement_round_rollups" ADD CONSTRAINT "engagement_round_rollups_round_id_engagement_survey_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."engagement_survey_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "engagement_round_rollups_round_manager_uq" ON "engagement_round_rollups" USING btree ("round_id","manager_id");--> statement-breakpoint
CREATE INDEX "engagement_round_rollups_org_manager_idx" ON "engagement_round_rollups" USING btree ("organization_id","manager_id");