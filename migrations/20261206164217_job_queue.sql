CREATE TABLE "job_queue" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"organization_id" uuid,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"dedupe_key" text,
	"state" text DEFAULT 'queued' NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "job_workers" (
	"id" text PRIMARY KEY NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_queue" ADD CONSTRAINT "job_queue_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "job_queue_dedupe_key_uq" ON "job_queue" USING btree ("dedupe_key");--> statement-breakpoint
CREATE INDEX "job_queue_due_idx" ON "job_queue" USING btree ("run_at") WHERE state = 'queued';--> statement-breakpoint
CREATE INDEX "job_queue_lock_idx" ON "job_queue" USING btree ("locked_until") WHERE state = 'running';--> statement-breakpoint
CREATE INDEX "job_queue_active_idx" ON "job_queue" USING btree ("name","organization_id") WHERE state IN ('queued', 'running');--> statement-breakpoint
CREATE INDEX "job_queue_failed_idx" ON "job_queue" USING btree ("organization_id","finished_at") WHERE state = 'failed';--> statement-breakpoint
CREATE INDEX "job_queue_done_idx" ON "job_queue" USING btree ("finished_at") WHERE state = 'done';--> statement-breakpoint
-- The per-name ledger of the interval scheduler, replaced by the queue (platform/jobs/).
DROP TABLE "job_runs" CASCADE;