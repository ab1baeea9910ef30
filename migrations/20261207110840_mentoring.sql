CREATE TABLE "mentoring_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"source" text NOT NULL,
	"score" integer DEFAULT 0 NOT NULL,
	"points_skills" real DEFAULT 0 NOT NULL,
	"points_gaps" real DEFAULT 0 NOT NULL,
	"points_cross_function" real DEFAULT 0 NOT NULL,
	"points_language_time_zone" real DEFAULT 0 NOT NULL,
	"points_availability" real DEFAULT 0 NOT NULL,
	"respond_by" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	"declined_automatically" boolean DEFAULT false NOT NULL,
	"decline_reason" text DEFAULT '' NOT NULL,
	"agreement_goals" text DEFAULT '' NOT NULL,
	"agreement_cadence" text,
	"agreement_confidentiality" text DEFAULT '' NOT NULL,
	"agreement_end_date" date,
	"agreement_written_at" timestamp with time zone,
	"agreement_confirmed_at" timestamp with time zone,
	"shared_with_manager" boolean DEFAULT false NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"close_reason" text DEFAULT '' NOT NULL,
	"mentee_rating" integer,
	"mentee_feedback" text DEFAULT '' NOT NULL,
	"mentor_rating" integer,
	"mentor_feedback" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_pool_draft_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"draft_id" uuid NOT NULL,
	"mentee_id" uuid NOT NULL,
	"mentor_id" uuid,
	"unmatched_reason" text,
	"score" integer DEFAULT 0 NOT NULL,
	"points_skills" real DEFAULT 0 NOT NULL,
	"points_gaps" real DEFAULT 0 NOT NULL,
	"points_cross_function" real DEFAULT 0 NOT NULL,
	"points_language_time_zone" real DEFAULT 0 NOT NULL,
	"points_availability" real DEFAULT 0 NOT NULL,
	"removed" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_pool_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by_id" uuid,
	"total_score" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_profile_skills" (
	"profile_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"side" text NOT NULL,
	"level" integer NOT NULL,
	CONSTRAINT "mentoring_profile_skills_profile_id_competency_id_pk" PRIMARY KEY("profile_id","competency_id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_profiles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"role" text NOT NULL,
	"opted_in" boolean DEFAULT true NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"time_zone" text DEFAULT '' NOT NULL,
	"availability" text[] DEFAULT '{}'::text[] NOT NULL,
	"capacity_override" integer,
	"do_not_match" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"goals_text" text DEFAULT '' NOT NULL,
	"prefers_cross_function" boolean DEFAULT false NOT NULL,
	"gap_competency_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"gap_consent_at" timestamp with time zone,
	"ranked_mentor_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_programme_admins" (
	"programme_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "mentoring_programme_admins_programme_id_person_id_pk" PRIMARY KEY("programme_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "mentoring_programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"programme_type" text DEFAULT 'one_to_one' NOT NULL,
	"cohort_start" date,
	"cohort_end" date,
	"enrolment_opens" date,
	"enrolment_closes" date,
	"mentor_capacity" integer DEFAULT 2 NOT NULL,
	"cadence" text DEFAULT 'fortnightly' NOT NULL,
	"agreement_template" text DEFAULT '' NOT NULL,
	"matching_mode" text DEFAULT 'self_select' NOT NULL,
	"min_level_gap" integer DEFAULT 1 NOT NULL,
	"weight_skills" integer DEFAULT 50 NOT NULL,
	"weight_gaps" integer DEFAULT 20 NOT NULL,
	"weight_cross_function" integer DEFAULT 10 NOT NULL,
	"weight_language_time_zone" integer DEFAULT 10 NOT NULL,
	"weight_availability" integer DEFAULT 10 NOT NULL,
	"response_hours" integer DEFAULT 72 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mentoring_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"match_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"topic" text DEFAULT '' NOT NULL,
	"session_notes" text DEFAULT '' NOT NULL,
	"logged_by_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"source_session_id" uuid,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"offer_text" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"offered_by" uuid,
	"responded_at" timestamp with time zone,
	"plan_action_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_review_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"manager_id" uuid,
	"performance_band" text,
	"learning_agility" text,
	"learning_agility_evidence" text,
	"scope_growth" text,
	"scope_growth_evidence" text,
	"leading_others" text,
	"leading_others_evidence" text,
	"potential_band" text,
	"retention_risk" text,
	"retention_risk_reason" text,
	"loss_impact" text,
	"promotion_readiness" text,
	"assessed_by" uuid,
	"assessed_at" timestamp with time zone,
	"override_box" integer,
	"override_rationale" text,
	"overridden_by" uuid,
	"overridden_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "talent_review_participants" (
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "talent_review_participants_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "talent_review_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"population_kind" text NOT NULL,
	"population_ref_id" uuid,
	"facilitator_id" uuid,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"box_labels" jsonb,
	"locked_at" timestamp with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "aspirations" ADD COLUMN "shared_with_talent_review" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "mentoring_matches" ADD CONSTRAINT "mentoring_matches_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_matches" ADD CONSTRAINT "mentoring_matches_programme_id_mentoring_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."mentoring_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_matches" ADD CONSTRAINT "mentoring_matches_mentee_id_people_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_matches" ADD CONSTRAINT "mentoring_matches_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pool_draft_entries" ADD CONSTRAINT "mentoring_pool_draft_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pool_draft_entries" ADD CONSTRAINT "mentoring_pool_draft_entries_draft_id_mentoring_pool_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."mentoring_pool_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pool_draft_entries" ADD CONSTRAINT "mentoring_pool_draft_entries_mentee_id_people_id_fk" FOREIGN KEY ("mentee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pool_draft_entries" ADD CONSTRAINT "mentoring_pool_draft_entries_mentor_id_people_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pool_drafts" ADD CONSTRAINT "mentoring_pool_drafts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pool_drafts" ADD CONSTRAINT "mentoring_pool_drafts_programme_id_mentoring_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."mentoring_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_pool_drafts" ADD CONSTRAINT "mentoring_pool_drafts_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_profile_skills" ADD CONSTRAINT "mentoring_profile_skills_profile_id_mentoring_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."mentoring_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_profile_skills" ADD CONSTRAINT "mentoring_profile_skills_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_profile_skills" ADD CONSTRAINT "mentoring_profile_skills_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_profiles" ADD CONSTRAINT "mentoring_profiles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_profiles" ADD CONSTRAINT "mentoring_profiles_programme_id_mentoring_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."mentoring_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_profiles" ADD CONSTRAINT "mentoring_profiles_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_programme_admins" ADD CONSTRAINT "mentoring_programme_admins_programme_id_mentoring_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."mentoring_programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_programme_admins" ADD CONSTRAINT "mentoring_programme_admins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_programme_admins" ADD CONSTRAINT "mentoring_programme_admins_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_programmes" ADD CONSTRAINT "mentoring_programmes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_match_id_mentoring_matches_id_fk" FOREIGN KEY ("match_id") REFERENCES "public"."mentoring_matches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_sessions" ADD CONSTRAINT "mentoring_sessions_logged_by_id_people_id_fk" FOREIGN KEY ("logged_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_offers" ADD CONSTRAINT "development_offers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_offers" ADD CONSTRAINT "development_offers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_offers" ADD CONSTRAINT "development_offers_offered_by_people_id_fk" FOREIGN KEY ("offered_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_review_members" ADD CONSTRAINT "talent_review_members_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_review_members" ADD CONSTRAINT "talent_review_members_session_id_talent_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."talent_review_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_review_members" ADD CONSTRAINT "talent_review_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_review_participants" ADD CONSTRAINT "talent_review_participants_session_id_talent_review_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."talent_review_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_review_participants" ADD CONSTRAINT "talent_review_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_review_sessions" ADD CONSTRAINT "talent_review_sessions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "talent_review_sessions" ADD CONSTRAINT "talent_review_sessions_facilitator_id_people_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentoring_matches_programme_idx" ON "mentoring_matches" USING btree ("programme_id","status");--> statement-breakpoint
CREATE INDEX "mentoring_matches_mentee_idx" ON "mentoring_matches" USING btree ("mentee_id");--> statement-breakpoint
CREATE INDEX "mentoring_matches_mentor_idx" ON "mentoring_matches" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "mentoring_matches_respond_idx" ON "mentoring_matches" USING btree ("status","respond_by");--> statement-breakpoint
CREATE INDEX "mentoring_pool_draft_entries_draft_idx" ON "mentoring_pool_draft_entries" USING btree ("draft_id");--> statement-breakpoint
CREATE INDEX "mentoring_pool_drafts_programme_idx" ON "mentoring_pool_drafts" USING btree ("programme_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentoring_profiles_uq" ON "mentoring_profiles" USING btree ("programme_id","person_id","role");--> statement-breakpoint
CREATE INDEX "mentoring_profiles_person_idx" ON "mentoring_profiles" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "mentoring_admins_person_idx" ON "mentoring_programme_admins" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "mentoring_sessions_match_idx" ON "mentoring_sessions" USING btree ("match_id","starts_at");--> statement-breakpoint
CREATE INDEX "development_offers_person_idx" ON "development_offers" USING btree ("organization_id","person_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "talent_review_members_session_person_uq" ON "talent_review_members" USING btree ("session_id","person_id");--> statement-breakpoint
CREATE INDEX "talent_review_members_person_idx" ON "talent_review_members" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "talent_review_participants_person_idx" ON "talent_review_participants" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "talent_review_sessions_org_idx" ON "talent_review_sessions" USING btree ("organization_id","created_at");