CREATE TABLE "aspirations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"horizon" text,
	"aspiration_text" text NOT NULL,
	"shared_with_manager" boolean DEFAULT false NOT NULL,
	"shared_at" timestamp with time zone,
	"conversation_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_conversation_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"question_id" uuid,
	"question_prompt" text DEFAULT '' NOT NULL,
	"conversation_note" text NOT NULL,
	"shared_with_manager" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_conversation_settings" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"cadence_months" integer DEFAULT 6 NOT NULL,
	"release_window_days" integer DEFAULT 14 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"manager_id" uuid NOT NULL,
	"started_by_id" uuid,
	"status" text DEFAULT 'scheduled' NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 45 NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"completed_at" timestamp with time zone,
	"outcome_summary" text DEFAULT '' NOT NULL,
	"outcome_shared" boolean DEFAULT false NOT NULL,
	"draft_plan_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"theme" text NOT NULL,
	"prompt" text NOT NULL,
	"guidance" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback360_answers" (
	"response_id" uuid NOT NULL,
	"question_id" uuid NOT NULL,
	"behaviour_score" smallint
);
--> statement-breakpoint
CREATE TABLE "feedback360_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"rater_group" text NOT NULL,
	"kind" text NOT NULL,
	"comment_text" text NOT NULL,
	"shuffle_key" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback360_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"rater_group" text NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback360_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"competency_id" uuid,
	"competency_name" text NOT NULL,
	"competency_description" text DEFAULT '' NOT NULL,
	"behaviours" jsonb NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback360_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"requested_by_id" uuid,
	"program_name" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'nominating' NOT NULL,
	"require_manager_approval" boolean DEFAULT false NOT NULL,
	"approver_id" uuid,
	"coach_id" uuid,
	"anonymity_thresholds" jsonb NOT NULL,
	"first_response_in" boolean DEFAULT false NOT NULL,
	"deadline" date NOT NULL,
	"created_on" date DEFAULT current_date NOT NULL,
	"closed_on" date,
	"released_on" date,
	"reminded_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback360_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"rater_group" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback360_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"rater_id" uuid NOT NULL,
	"rater_group" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"reminded_on" date
);
--> statement-breakpoint
CREATE TABLE "certification_reminders" (
	"certification_id" uuid NOT NULL,
	"expires_on" date NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "certification_reminders_certification_id_expires_on_pk" PRIMARY KEY("certification_id","expires_on")
);
--> statement-breakpoint
CREATE TABLE "certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"name" text NOT NULL,
	"issuer" text DEFAULT '' NOT NULL,
	"item_id" uuid,
	"issued_on" date NOT NULL,
	"expires_on" date,
	"shared_with_manager" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_enrolments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"status" text DEFAULT 'enrolled' NOT NULL,
	"completed_on" date,
	"shared_with_manager" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning_item_competencies" (
	"item_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	CONSTRAINT "learning_item_competencies_item_id_competency_id_pk" PRIMARY KEY("item_id","competency_id")
);
--> statement-breakpoint
CREATE TABLE "learning_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"url" text,
	"provider" text DEFAULT '' NOT NULL,
	"duration_minutes" integer,
	"skills" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_level_expectations" (
	"level_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"expected_level" integer NOT NULL,
	CONSTRAINT "career_level_expectations_level_id_competency_id_pk" PRIMARY KEY("level_id","competency_id")
);
--> statement-breakpoint
CREATE TABLE "career_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"org_level_id" uuid
);
--> statement-breakpoint
CREATE TABLE "career_positions" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"track_id" uuid NOT NULL,
	"level_id" uuid NOT NULL,
	"set_by_person_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"category" text DEFAULT '' NOT NULL,
	"behaviours" jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competency_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"competency_id" uuid NOT NULL,
	"author" text NOT NULL,
	"author_person_id" uuid,
	"assessed_level" integer NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"shared_with_manager" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "competency_scales" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"level_names" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"start_date" date,
	"due_date" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"evidence_text" text DEFAULT '' NOT NULL,
	"evidence_url" text,
	"learning_item_id" uuid,
	"completed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"target_date" date,
	"status" text DEFAULT 'not_started' NOT NULL,
	"business_goal_id" uuid,
	"seeded_from_review" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_plan_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"goal_id" uuid,
	"author_id" uuid,
	"note" text NOT NULL,
	"progress_percent" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"title" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"origin" text DEFAULT 'manual' NOT NULL,
	"origin_ref" text,
	"seeded_from_label" text,
	"shared_with_id" uuid,
	"shared_at" timestamp with time zone,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_nudged_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aspirations" ADD CONSTRAINT "aspirations_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_notes" ADD CONSTRAINT "career_conversation_notes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_notes" ADD CONSTRAINT "career_conversation_notes_conversation_id_career_conversations_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."career_conversations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_notes" ADD CONSTRAINT "career_conversation_notes_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_notes" ADD CONSTRAINT "career_conversation_notes_question_id_career_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."career_questions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversation_settings" ADD CONSTRAINT "career_conversation_settings_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversations" ADD CONSTRAINT "career_conversations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversations" ADD CONSTRAINT "career_conversations_employee_id_people_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversations" ADD CONSTRAINT "career_conversations_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_conversations" ADD CONSTRAINT "career_conversations_started_by_id_people_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_questions" ADD CONSTRAINT "career_questions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_answers" ADD CONSTRAINT "feedback360_answers_response_id_feedback360_responses_id_fk" FOREIGN KEY ("response_id") REFERENCES "public"."feedback360_responses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_answers" ADD CONSTRAINT "feedback360_answers_question_id_feedback360_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."feedback360_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_comments" ADD CONSTRAINT "feedback360_comments_request_id_feedback360_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback360_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_nominations" ADD CONSTRAINT "feedback360_nominations_request_id_feedback360_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback360_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_nominations" ADD CONSTRAINT "feedback360_nominations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_questions" ADD CONSTRAINT "feedback360_questions_request_id_feedback360_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback360_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_requests" ADD CONSTRAINT "feedback360_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_requests" ADD CONSTRAINT "feedback360_requests_subject_id_people_id_fk" FOREIGN KEY ("subject_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_requests" ADD CONSTRAINT "feedback360_requests_requested_by_id_people_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_requests" ADD CONSTRAINT "feedback360_requests_approver_id_people_id_fk" FOREIGN KEY ("approver_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_requests" ADD CONSTRAINT "feedback360_requests_coach_id_people_id_fk" FOREIGN KEY ("coach_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_responses" ADD CONSTRAINT "feedback360_responses_request_id_feedback360_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback360_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_tasks" ADD CONSTRAINT "feedback360_tasks_request_id_feedback360_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."feedback360_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback360_tasks" ADD CONSTRAINT "feedback360_tasks_rater_id_people_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certification_reminders" ADD CONSTRAINT "certification_reminders_certification_id_certifications_id_fk" FOREIGN KEY ("certification_id") REFERENCES "public"."certifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "certifications" ADD CONSTRAINT "certifications_item_id_learning_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."learning_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_enrolments" ADD CONSTRAINT "learning_enrolments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_enrolments" ADD CONSTRAINT "learning_enrolments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_enrolments" ADD CONSTRAINT "learning_enrolments_item_id_learning_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."learning_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_item_competencies" ADD CONSTRAINT "learning_item_competencies_item_id_learning_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."learning_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_item_competencies" ADD CONSTRAINT "learning_item_competencies_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning_items" ADD CONSTRAINT "learning_items_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_level_expectations" ADD CONSTRAINT "career_level_expectations_level_id_career_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."career_levels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_level_expectations" ADD CONSTRAINT "career_level_expectations_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_levels" ADD CONSTRAINT "career_levels_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_levels" ADD CONSTRAINT "career_levels_track_id_career_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."career_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_levels" ADD CONSTRAINT "career_levels_org_level_id_levels_id_fk" FOREIGN KEY ("org_level_id") REFERENCES "public"."levels"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_positions" ADD CONSTRAINT "career_positions_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_positions" ADD CONSTRAINT "career_positions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_positions" ADD CONSTRAINT "career_positions_track_id_career_tracks_id_fk" FOREIGN KEY ("track_id") REFERENCES "public"."career_tracks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_positions" ADD CONSTRAINT "career_positions_level_id_career_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."career_levels"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_positions" ADD CONSTRAINT "career_positions_set_by_person_id_people_id_fk" FOREIGN KEY ("set_by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_tracks" ADD CONSTRAINT "career_tracks_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competencies" ADD CONSTRAINT "competencies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_competency_id_competencies_id_fk" FOREIGN KEY ("competency_id") REFERENCES "public"."competencies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_assessments" ADD CONSTRAINT "competency_assessments_author_person_id_people_id_fk" FOREIGN KEY ("author_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "competency_scales" ADD CONSTRAINT "competency_scales_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_actions" ADD CONSTRAINT "development_actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_actions" ADD CONSTRAINT "development_actions_plan_id_development_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_actions" ADD CONSTRAINT "development_actions_goal_id_development_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."development_goals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goals" ADD CONSTRAINT "development_goals_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_goals" ADD CONSTRAINT "development_goals_plan_id_development_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_updates" ADD CONSTRAINT "development_plan_updates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_updates" ADD CONSTRAINT "development_plan_updates_plan_id_development_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_updates" ADD CONSTRAINT "development_plan_updates_goal_id_development_goals_id_fk" FOREIGN KEY ("goal_id") REFERENCES "public"."development_goals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plan_updates" ADD CONSTRAINT "development_plan_updates_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_owner_id_people_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_shared_with_id_people_id_fk" FOREIGN KEY ("shared_with_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "aspirations_owner_idx" ON "aspirations" USING btree ("organization_id","owner_id","created_at");--> statement-breakpoint
CREATE INDEX "career_conversation_notes_conversation_idx" ON "career_conversation_notes" USING btree ("conversation_id","created_at");--> statement-breakpoint
CREATE INDEX "career_conversations_employee_idx" ON "career_conversations" USING btree ("organization_id","employee_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "career_conversations_manager_idx" ON "career_conversations" USING btree ("organization_id","manager_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "career_questions_org_idx" ON "career_questions" USING btree ("organization_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback360_answers_uq" ON "feedback360_answers" USING btree ("response_id","question_id");--> statement-breakpoint
CREATE INDEX "feedback360_comments_request_idx" ON "feedback360_comments" USING btree ("request_id","shuffle_key");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback360_nominations_person_uq" ON "feedback360_nominations" USING btree ("request_id","person_id");--> statement-breakpoint
CREATE INDEX "feedback360_questions_request_idx" ON "feedback360_questions" USING btree ("request_id","position");--> statement-breakpoint
CREATE INDEX "feedback360_requests_subject_idx" ON "feedback360_requests" USING btree ("subject_id","created_at");--> statement-breakpoint
CREATE INDEX "feedback360_requests_status_idx" ON "feedback360_requests" USING btree ("organization_id","status","deadline");--> statement-breakpoint
CREATE INDEX "feedback360_responses_request_idx" ON "feedback360_responses" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback360_tasks_rater_uq" ON "feedback360_tasks" USING btree ("request_id","rater_id");--> statement-breakpoint
CREATE INDEX "feedback360_tasks_rater_idx" ON "feedback360_tasks" USING btree ("rater_id","status");--> statement-breakpoint
CREATE INDEX "certifications_person_idx" ON "certifications" USING btree ("person_id","expires_on");--> statement-breakpoint
CREATE INDEX "certifications_expiry_idx" ON "certifications" USING btree ("expires_on");--> statement-breakpoint
CREATE UNIQUE INDEX "learning_enrolments_person_item_uq" ON "learning_enrolments" USING btree ("person_id","item_id");--> statement-breakpoint
CREATE INDEX "learning_enrolments_item_idx" ON "learning_enrolments" USING btree ("item_id","status");--> statement-breakpoint
CREATE INDEX "learning_items_org_title_idx" ON "learning_items" USING btree ("organization_id","status","title");--> statement-breakpoint
CREATE INDEX "career_level_expectations_competency_idx" ON "career_level_expectations" USING btree ("competency_id");--> statement-breakpoint
CREATE INDEX "career_levels_track_idx" ON "career_levels" USING btree ("track_id","position");--> statement-breakpoint
CREATE INDEX "career_levels_org_level_idx" ON "career_levels" USING btree ("org_level_id");--> statement-breakpoint
CREATE UNIQUE INDEX "career_tracks_org_name_uq" ON "career_tracks" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "competencies_org_name_uq" ON "competencies" USING btree ("organization_id",lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "competency_assessments_uq" ON "competency_assessments" USING btree ("person_id","competency_id","author");--> statement-breakpoint
CREATE INDEX "competency_assessments_competency_idx" ON "competency_assessments" USING btree ("competency_id");--> statement-breakpoint
CREATE INDEX "development_actions_plan_idx" ON "development_actions" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "development_actions_goal_idx" ON "development_actions" USING btree ("goal_id");--> statement-breakpoint
CREATE INDEX "development_goals_plan_idx" ON "development_goals" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "development_plan_updates_plan_idx" ON "development_plan_updates" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "development_plans_owner_idx" ON "development_plans" USING btree ("owner_id","created_at");--> statement-breakpoint
CREATE INDEX "development_plans_shared_idx" ON "development_plans" USING btree ("shared_with_id");--> statement-breakpoint
CREATE INDEX "development_plans_nudge_idx" ON "development_plans" USING btree ("status","last_activity_at");