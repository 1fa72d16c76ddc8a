-- Up Migration
-- The scheduler's reads after a large import: the scan asks for periods still open or ended
-- lately (not years of history), and the day's message for flags fired lately and not shown yet.
CREATE INDEX sick_periods_end ON sick_periods ((data->>'end'));
CREATE INDEX fired_triggers_unshown ON fired_triggers ((data->>'on')) WHERE data->>'shownOn' IS NULL;

-- Down Migration
DROP INDEX sick_periods_end, fired_triggers_unshown;
