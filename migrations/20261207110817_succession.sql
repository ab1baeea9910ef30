CREATE TABLE "key_position_reviewers" (
	"position_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "key_position_reviewers_position_id_person_id_pk" PRIMARY KEY("position_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "key_positions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"title" text NOT NULL,
	"department_id" uuid,
	"incumbent_id" uuid,
	"criticality" text NOT NULL,
	"vacancy_risk" text NOT NULL,
	"vacancy_reason" text DEFAULT '' NOT NULL,
	"expected_vacancy_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "succession_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"readiness" text NOT NULL,
	"rank" integer NOT NULL,
	"interim" boolean DEFAULT false NOT NULL,
	"successor_note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "key_position_reviewers" ADD CONSTRAINT "key_position_reviewers_position_id_key_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."key_positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_position_reviewers" ADD CONSTRAINT "key_position_reviewers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_position_reviewers" ADD CONSTRAINT "key_position_reviewers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_positions" ADD CONSTRAINT "key_positions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_positions" ADD CONSTRAINT "key_positions_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "key_positions" ADD CONSTRAINT "key_positions_incumbent_id_people_id_fk" FOREIGN KEY ("incumbent_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_candidates" ADD CONSTRAINT "succession_candidates_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_candidates" ADD CONSTRAINT "succession_candidates_position_id_key_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."key_positions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "succession_candidates" ADD CONSTRAINT "succession_candidates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "key_position_reviewers_person_idx" ON "key_position_reviewers" USING btree ("organization_id","person_id");--> statement-breakpoint
CREATE INDEX "key_positions_org_idx" ON "key_positions" USING btree ("organization_id","title");--> statement-breakpoint
CREATE INDEX "key_positions_incumbent_idx" ON "key_positions" USING btree ("incumbent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "succession_candidates_person_uq" ON "succession_candidates" USING btree ("position_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "succession_candidates_interim_uq" ON "succession_candidates" USING btree ("position_id") WHERE "succession_candidates"."interim";--> statement-breakpoint
CREATE INDEX "succession_candidates_person_idx" ON "succession_candidates" USING btree ("organization_id","person_id");