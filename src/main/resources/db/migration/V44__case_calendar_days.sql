-- A case's deadline may count calendar days (自然日, holidays counted: the petition regulations) instead of working
-- days; its extensions, transfers with new time and pauses then count the same kind. Existing cases keep working days.
ALTER TABLE case_record ADD COLUMN calendar_days BOOLEAN DEFAULT FALSE NOT NULL;
