/**
 * Auto-planning: a campaign's visits proposed by a constraint solver (Timefold) under the schools'
 * calendars, the volunteers' availability and the safeguarding rules, as a draft an organiser
 * commits.
 */
package iq.cpf.awareness.planning;
