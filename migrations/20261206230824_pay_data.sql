CREATE TABLE "comp_bands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"job_family" text NOT NULL,
	"level_id" uuid NOT NULL,
	"pay_zone" text,
	"currency" text NOT NULL,
	"min_minor" bigint NOT NULL,
	"target_minor" bigint,
	"max_minor" bigint NOT NULL,
	"effective_from" date NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "comp_bands_currency_code" CHECK ("comp_bands"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "comp_bands_min_positive" CHECK ("comp_bands"."min_minor" > 0),
	CONSTRAINT "comp_bands_min_below_max" CHECK ("comp_bands"."min_minor" < "comp_bands"."max_minor"),
	CONSTRAINT "comp_bands_target_inside" CHECK ("comp_bands"."target_minor" IS NULL OR "comp_bands"."target_minor" BETWEEN "comp_bands"."min_minor" AND "comp_bands"."max_minor")
);
--> statement-breakpoint
CREATE TABLE "pay_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"effective_from" date NOT NULL,
	"base_minor" bigint NOT NULL,
	"currency" text NOT NULL,
	"frequency" text NOT NULL,
	"fte_permille" integer DEFAULT 1000 NOT NULL,
	"variable_target_bps" integer,
	"job_family" text NOT NULL,
	"pay_zone" text,
	"reason" text NOT NULL,
	"comp_cycle_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_by_account_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pay_records_base_positive" CHECK ("pay_records"."base_minor" > 0),
	CONSTRAINT "pay_records_currency_code" CHECK ("pay_records"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "pay_records_fte_range" CHECK ("pay_records"."fte_permille" BETWEEN 1 AND 1000),
	CONSTRAINT "pay_records_variable_range" CHECK ("pay_records"."variable_target_bps" IS NULL OR "pay_records"."variable_target_bps" BETWEEN 0 AND 100000)
);
--> statement-breakpoint
ALTER TABLE "comp_bands" ADD CONSTRAINT "comp_bands_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comp_bands" ADD CONSTRAINT "comp_bands_level_id_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."levels"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_records" ADD CONSTRAINT "pay_records_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pay_records" ADD CONSTRAINT "pay_records_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comp_bands_lookup_idx" ON "comp_bands" USING btree ("organization_id",lower("job_family"),"level_id","effective_from");--> statement-breakpoint
CREATE INDEX "pay_records_person_idx" ON "pay_records" USING btree ("organization_id","person_id","effective_from");