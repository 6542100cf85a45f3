-- A staff member's address for reminders by e-mail (办件提醒); optional, set by its owner.
ALTER TABLE staff_account ADD COLUMN email VARCHAR(254);
