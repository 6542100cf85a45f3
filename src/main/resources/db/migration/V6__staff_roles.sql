-- The roles of the review chain and the separation of the three administrators (三员分立): unit roles belong to a
-- unit, the group roles (supervisor and the three administrators) to none.
ALTER TABLE staff_account DROP CONSTRAINT ck_staff_role;
ALTER TABLE staff_account DROP CONSTRAINT ck_staff_unit;
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_role CHECK (role IN ('EDITOR', 'UNIT_REVIEWER', 'OFFICE_REVIEWER',
    'SECRECY_REVIEWER', 'SUPERVISOR', 'ADMINISTRATOR', 'SECURITY_ADMINISTRATOR', 'AUDIT_ADMINISTRATOR'));
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_unit CHECK (
    (role IN ('EDITOR', 'UNIT_REVIEWER', 'OFFICE_REVIEWER', 'SECRECY_REVIEWER') AND unit_id IS NOT NULL)
    OR (role IN ('SUPERVISOR', 'ADMINISTRATOR', 'SECURITY_ADMINISTRATOR', 'AUDIT_ADMINISTRATOR') AND unit_id IS NULL));
