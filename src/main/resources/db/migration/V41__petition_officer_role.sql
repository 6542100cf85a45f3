-- 信访工作人员 (PETITION_OFFICER): the petition office registers petitions from every channel and assigns them to
-- units for the whole group, like the interaction hall's dispatcher; the role belongs to no unit.
ALTER TABLE staff_account DROP CONSTRAINT ck_staff_role;
ALTER TABLE staff_account DROP CONSTRAINT ck_staff_unit;
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_role CHECK (role IN ('EDITOR', 'UNIT_REVIEWER', 'OFFICE_REVIEWER',
    'SECRECY_REVIEWER', 'CASE_HANDLER', 'SUPERVISOR', 'DISPATCHER', 'PETITION_OFFICER', 'ADMINISTRATOR',
    'SECURITY_ADMINISTRATOR', 'AUDIT_ADMINISTRATOR'));
ALTER TABLE staff_account ADD CONSTRAINT ck_staff_unit CHECK (role IS NULL
    OR (role IN ('EDITOR', 'UNIT_REVIEWER', 'OFFICE_REVIEWER', 'SECRECY_REVIEWER', 'CASE_HANDLER') AND unit_id IS NOT NULL)
    OR (role IN ('SUPERVISOR', 'DISPATCHER', 'PETITION_OFFICER', 'ADMINISTRATOR', 'SECURITY_ADMINISTRATOR',
        'AUDIT_ADMINISTRATOR') AND unit_id IS NULL));
