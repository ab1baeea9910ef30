ALTER TABLE "outbound_emails" ALTER COLUMN "to_address" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ALTER COLUMN "subject" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ALTER COLUMN "text_body" DROP NOT NULL;--> statement-breakpoint
-- Rows recorded before kinds and classes were: unknown content counts as confidential (hidden from every reader).
ALTER TABLE "outbound_emails" ADD COLUMN "kind" text DEFAULT 'unknown' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ALTER COLUMN "kind" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "outbound_emails" ADD COLUMN "data_class" text DEFAULT 'confidential' NOT NULL;--> statement-breakpoint
ALTER TABLE "outbound_emails" ALTER COLUMN "data_class" DROP DEFAULT;--> statement-breakpoint
-- Older copies kept one-time links when there was no SMTP server, readable by admins and HR: end
-- those links (the recipient can be invited again or reset again), then remove them from every copy.
UPDATE "one_time_tokens" SET "used_at" = now()
WHERE "used_at" IS NULL AND "token_hash" IN (
  SELECT encode(sha256(convert_to(m[1], 'UTF8')), 'hex')
  FROM "outbound_emails", regexp_matches("text_body", '[?&]token=([A-Za-z0-9_-]+)', 'g') AS m
);--> statement-breakpoint
UPDATE "outbound_emails"
SET "text_body" = regexp_replace("text_body", '([?&](token|code|key|secret)=)[^[:space:]&#"''<>]+', '\1[withheld]', 'gi')
WHERE "text_body" ~* '[?&](token|code|key|secret)=';
