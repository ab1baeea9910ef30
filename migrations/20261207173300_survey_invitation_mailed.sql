ALTER TABLE "engagement_survey_participants" ADD COLUMN "invitation_mailed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "engagement_survey_participants_unmailed_idx" ON "engagement_survey_participants" USING btree ("round_id","person_id") WHERE NOT "engagement_survey_participants"."invitation_mailed";
