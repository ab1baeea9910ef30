CREATE TABLE "analytics_next_snapshots" (
	"organization_id" uuid NOT NULL,
	"rollup" text DEFAULT 'grain' NOT NULL,
	"metric_id" text NOT NULL,
	"cycle_id" uuid,
	"department_id" uuid,
	"manager_id" uuid,
	"chain" uuid[] NOT NULL,
	"bucket" text NOT NULL,
	"people" integer NOT NULL,
	"total" numeric DEFAULT '0' NOT NULL,
	"total_squares" numeric DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_now_snapshots" (
	"organization_id" uuid NOT NULL,
	"rollup" text DEFAULT 'grain' NOT NULL,
	"metric_id" text NOT NULL,
	"cycle_id" uuid,
	"department_id" uuid,
	"manager_id" uuid,
	"chain" uuid[] NOT NULL,
	"bucket" text NOT NULL,
	"people" integer NOT NULL,
	"total" numeric DEFAULT '0' NOT NULL,
	"total_squares" numeric DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_snapshot_runs" (
	"organization_id" uuid NOT NULL,
	"half" text NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"as_of_date" date NOT NULL,
	"window_from" date NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_snapshot_runs_organization_id_half_pk" PRIMARY KEY("organization_id","half")
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "termination_reason" text;--> statement-breakpoint
ALTER TABLE "analytics_next_snapshots" ADD CONSTRAINT "analytics_next_snapshots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_now_snapshots" ADD CONSTRAINT "analytics_now_snapshots_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "analytics_snapshot_runs" ADD CONSTRAINT "analytics_snapshot_runs_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "analytics_next_snapshots_read_idx" ON "analytics_next_snapshots" USING btree ("organization_id","rollup","metric_id","cycle_id");--> statement-breakpoint
CREATE INDEX "analytics_next_snapshots_chain_idx" ON "analytics_next_snapshots" USING gin ("chain");--> statement-breakpoint
CREATE INDEX "analytics_now_snapshots_read_idx" ON "analytics_now_snapshots" USING btree ("organization_id","rollup","metric_id","cycle_id");--> statement-breakpoint
CREATE INDEX "analytics_now_snapshots_chain_idx" ON "analytics_now_snapshots" USING gin ("chain");