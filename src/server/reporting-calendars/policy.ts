// Who may do what with reporting calendars: everyone signed in reads the built-in ones and
// the calendar of a province they work in or over (a commune officer reports in their
// province's calendar); planners and admins of a province define its own.
import { ability, editorRoles, everyRole } from '../access/policy.ts';
import { scopeIncludes } from '../access/scope.ts';

type ProvinceRef = { id: string };

export const calendarPolicy = {
  canList: ability(everyRole),
  /** `coversActor`: the actor's own unit lies in the calendar's province. */
  canRead: ability<{ provinceId: string; coversActor: boolean }>(
    everyRole,
    (actor, calendar) => calendar.coversActor || scopeIncludes(actor.scope, calendar.provinceId),
  ),
  canCreateIn: ability<ProvinceRef>(editorRoles, (actor, province) => scopeIncludes(actor.scope, province.id)),
};
