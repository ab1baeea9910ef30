-- Trigram matching for directory search (ILIKE '%q%' on names, emails, job titles).
-- pg_trgm ships with PostgreSQL and is a trusted extension; PGlite loads it from its contrib bundle.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
