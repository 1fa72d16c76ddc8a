-- Up Migration
-- The names on a proactive card are looked up by the persons it is about, not by loading every
-- employment of the municipality (45,000 rows) per card.
CREATE INDEX employments_person ON employments ((data->>'personKey'));

-- Down Migration
DROP INDEX employments_person;
