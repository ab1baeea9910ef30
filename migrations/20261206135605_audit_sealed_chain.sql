ALTER TABLE "audit_events" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_pos" bigint;--> statement-breakpoint
-- Rows written so far were chained in seq order under a per-organisation lock: their chain
-- positions are their ranks by seq. Filled before the indexes are built.
UPDATE "audit_events" AS e SET "chain_pos" = r."pos"
FROM (
  SELECT "seq", row_number() OVER (PARTITION BY "organization_id" ORDER BY "seq") AS "pos"
  FROM "audit_events"
) AS r
WHERE e."seq" = r."seq";--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_org_chain_pos_idx" ON "audit_events" USING btree ("organization_id","chain_pos");--> statement-breakpoint
CREATE INDEX "audit_events_unsealed_idx" ON "audit_events" USING btree ("organization_id","seq") WHERE "audit_events"."chain_pos" IS NULL;