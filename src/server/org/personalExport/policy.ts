import type { Actor } from '../../platform/auth/actor';
import type { DataClass } from '../../platform/dataClasses/registry';

/**
 * Who exports whose data (SPEC S2 "Data rights"):
 * - every person downloads their own data, whatever their roles;
 * - an HR admin exports another person's data on that person's written request — what the person
 *   sees, plus, apart, what HR may read about them that they do not see, for redaction;
 * - nobody else exports anyone (org admins, managers, approvers, coaches: 403).
 */
export const personalExportPolicy = {
  exportOnRequest: (actor: Actor) => actor.roles.has('hr_admin'),
};

/**
 * Classes left out of HR's archive, with the reason the manifest gives. A data request does not
 * change who may read what (SPEC S1): private 1:1 and coaching notes are their author's alone, HR
 * sees development records only as aggregates, and a 360 report goes to its subject (and coach)
 * only. The archive counts what was left out; the person downloads it themselves.
 */
const downloadItYourself = 'The person can download it themselves with "Download my data".';
export const withheldFromHr: Partial<Record<DataClass, string>> = {
  confidential: `Private notes are readable by their author only; no admin role reads them. ${downloadItYourself}`,
  development: `Development records belong to the person; HR sees them only as aggregates. ${downloadItYourself}`,
  anonymous: `A 360 report is delivered to its subject (and their coach) only. ${downloadItYourself}`,
};
