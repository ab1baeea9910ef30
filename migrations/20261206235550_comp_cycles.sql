CREATE TABLE "comp_cycle_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"cycle_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"manager_id" uuid,
	"department_id" uuid,
	"level_id" uuid,
	"hire_date" date NOT NULL,
	"eligibility" text NOT NULL,
	"rule_eligibility" text NOT NULL,
	"rule_reason" text,
	"override_eligibility" text,
	"override_reason" text,
	"overridden_by_account_id" uuid,
	"overridden_at" timestamp with time zone,
	"pay_record_id" uuid,
	"base_minor" bigint,
	"pay_currency" text,
	"pay_frequency" text,
	"fte_permille" integer,
	"job_family" text,
	"pay_zone" text,
	"band_id" uuid,
	"band_currency" text,
	"band_min_minor" bigint,
	"band_target_minor" bigint,
	"band_max_minor" bigint,
	"compa_ratio" numeric(12, 4),
	"position_in_range" numeric(12, 4),
	"eligible_days" integer NOT NULL,
	"period_days" integer NOT NULL,
	"calibrated_rating" integer,
	"last_increase_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_cycle_participants_days" CHECK ("comp_cycle_participants"."eligible_days" BETWEEN 0 AND "comp_cycle_participants"."period_days"),
	CONSTRAINT "comp_cycle_participants_override_reason" CHECK ("comp_cycle_participants"."override_eligibility" IS NULL OR "comp_cycle_participants"."override_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "comp_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"effective_date" date NOT NULL,
	"visibility_date" date NOT NULL,
	"planning_currency" text NOT NULL,
	"fx_table" jsonb NOT NULL,
	"fx_frozen_at" timestamp with time zone,
	"state" text DEFAULT 'draft' NOT NULL,
	"sandbox" boolean DEFAULT false NOT NULL,
	"eligibility_rules" jsonb NOT NULL,
	"review_cycle_id" uuid,
	"merit_matrix" jsonb,
	"budget" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"approval_depth" integer DEFAULT 1 NOT NULL,
	"launched_at" timestamp with time zone,
	"launched_by_account_id" uuid,
	"released_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"created_by_account_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_cycles_sandbox_never_released" CHECK (NOT "comp_cycles"."sandbox" OR ("comp_cycles"."released_at" IS NULL AND "comp_cycles"."state" <> 'released')),
	CONSTRAINT "comp_cycles_released_has_time" CHECK ("comp_cycles"."state" <> 'released' OR "comp_cycles"."released_at" IS NOT NULL),
	CONSTRAINT "comp_cycles_archived_after_release" CHECK ("comp_cycles"."state" <> 'archived' OR "comp_cycles"."sandbox" OR "comp_cycles"."released_at" IS NOT NULL),
	CONSTRAINT "comp_cycles_launched" CHECK ("comp_cycles"."state" = 'draft' OR "comp_cycles"."state" = 'archived' OR "comp_cycles"."launched_at" IS NOT NULL),
	CONSTRAINT "comp_cycles_period_order" CHECK ("comp_cycles"."period_start" <= "comp_cycles"."period_end"),
	CONSTRAINT "comp_cycles_currency_code" CHECK ("comp_cycles"."planning_currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "comp_cycles_approval_depth" CHECK ("comp_cycles"."approval_depth" BETWEEN 0 AND 10)
);
--> statement-breakpoint
ALTER TABLE "comp_cycle_participants" ADD CONSTRAINT "comp_cycle_participants_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_cycle_participants" ADD CONSTRAINT "comp_cycle_participants_cycle_id_comp_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."comp_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_cycle_participants" ADD CONSTRAINT "comp_cycle_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_cycle_participants" ADD CONSTRAINT "comp_cycle_participants_manager_id_people_id_fk" FOREIGN KEY ("manager_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_cycles" ADD CONSTRAINT "comp_cycles_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_cycles" ADD CONSTRAINT "comp_cycles_review_cycle_id_review_cycles_id_fk" FOREIGN KEY ("review_cycle_id") REFERENCES "public"."review_cycles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "comp_cycle_participants_cycle_person_uq" ON "comp_cycle_participants" USING btree ("cycle_id","person_id");--> statement-breakpoint
CREATE INDEX "comp_cycle_participants_org_person_idx" ON "comp_cycle_participants" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "comp_cycle_participants_cycle_manager_idx" ON "comp_cycle_participants" USING btree ("cycle_id","manager_id");--> statement-breakpoint
CREATE INDEX "comp_cycle_participants_cycle_department_idx" ON "comp_cycle_participants" USING btree ("cycle_id","department_id");--> statement-breakpoint
CREATE INDEX "comp_cycles_org_idx" ON "comp_cycles" USING btree ("organization_id","created_at","id");