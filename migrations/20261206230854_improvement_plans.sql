CREATE TABLE "improvement_plan_acknowledgements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_plan_check_ins" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"scheduled_on" date NOT NULL,
	"recorded_at" timestamp with time zone,
	"recorded_by_id" uuid,
	"summary" text DEFAULT '' NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"notes_visibility" text DEFAULT 'manager' NOT NULL,
	"manager_reminded_at" timestamp with time zone,
	"hr_reminded_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_plan_expectations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"statement" text NOT NULL,
	"measure" text NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"due_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_plan_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"with_revision" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_plan_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"changed_by_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "improvement_plan_section_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"revision_id" uuid NOT NULL,
	"section" text NOT NULL,
	"before_visibility" text NOT NULL,
	"after_visibility" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "improvement_plan_supports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"learning_item_id" uuid
);
--> statement-breakpoint
CREATE TABLE "improvement_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"employee_id" uuid NOT NULL,
	"manager_id" uuid,
	"created_by_id" uuid,
	"state" text DEFAULT 'draft' NOT NULL,
	"reason" text NOT NULL,
	"reason_visible_to_employee" boolean DEFAULT false NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"original_end_date" date,
	"check_in_schedule" text NOT NULL,
	"expectations_visibility" text DEFAULT 'employee' NOT NULL,
	"support_visibility" text DEFAULT 'employee' NOT NULL,
	"check_ins_visibility" text DEFAULT 'employee' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"acknowledged_revision" integer,
	"acknowledged_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"outcome" text,
	"outcome_rationale" text,
	"closed_at" timestamp with time zone,
	"closed_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "improvement_plan_acknowledgements" ADD CONSTRAINT "improvement_plan_acknowledgements_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_acknowledgements" ADD CONSTRAINT "improvement_plan_acknowledgements_plan_id_improvement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."improvement_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_acknowledgements" ADD CONSTRAINT "improvement_plan_acknowledgements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_check_ins" ADD CONSTRAINT "improvement_plan_check_ins_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_check_ins" ADD CONSTRAINT "improvement_plan_check_ins_plan_id_improvement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."improvement_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_check_ins" ADD CONSTRAINT "improvement_plan_check_ins_recorded_by_id_people_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_expectations" ADD CONSTRAINT "improvement_plan_expectations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_expectations" ADD CONSTRAINT "improvement_plan_expectations_plan_id_improvement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."improvement_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_responses" ADD CONSTRAINT "improvement_plan_responses_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_responses" ADD CONSTRAINT "improvement_plan_responses_plan_id_improvement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."improvement_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_responses" ADD CONSTRAINT "improvement_plan_responses_author_id_people_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_revisions" ADD CONSTRAINT "improvement_plan_revisions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_revisions" ADD CONSTRAINT "improvement_plan_revisions_plan_id_improvement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."improvement_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_revisions" ADD CONSTRAINT "improvement_plan_revisions_changed_by_id_people_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_section_changes" ADD CONSTRAINT "improvement_plan_section_changes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_section_changes" ADD CONSTRAINT "improvement_plan_section_changes_revision_id_improvement_plan_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."improvement_plan_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_supports" ADD CONSTRAINT "improvement_plan_supports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plan_supports" ADD CONSTRAINT "improvement_plan_supports_plan_id_improvement_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."improvement_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_employee_id_people_id_fk" FOREIGN KEY ("employee_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "improvement_plans" ADD CONSTRAINT "improvement_plans_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_plan_acknowledgements_uq" ON "improvement_plan_acknowledgements" USING btree ("plan_id","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_plan_check_ins_day_uq" ON "improvement_plan_check_ins" USING btree ("plan_id","scheduled_on");--> statement-breakpoint
CREATE INDEX "improvement_plan_check_ins_open_idx" ON "improvement_plan_check_ins" USING btree ("organization_id","scheduled_on") WHERE "improvement_plan_check_ins"."recorded_at" IS NULL;--> statement-breakpoint
CREATE INDEX "improvement_plan_expectations_plan_idx" ON "improvement_plan_expectations" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "improvement_plan_responses_plan_idx" ON "improvement_plan_responses" USING btree ("plan_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_plan_revisions_number_uq" ON "improvement_plan_revisions" USING btree ("plan_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "improvement_plan_section_changes_uq" ON "improvement_plan_section_changes" USING btree ("revision_id","section");--> statement-breakpoint
CREATE INDEX "improvement_plan_supports_plan_idx" ON "improvement_plan_supports" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "improvement_plans_org_created_idx" ON "improvement_plans" USING btree ("organization_id","created_at","id");--> statement-breakpoint
CREATE INDEX "improvement_plans_employee_idx" ON "improvement_plans" USING btree ("employee_id");--> statement-breakpoint
CREATE INDEX "improvement_plans_org_state_idx" ON "improvement_plans" USING btree ("organization_id","state");