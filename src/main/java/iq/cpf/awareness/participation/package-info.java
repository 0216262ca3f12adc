/**
 * What happened at a visit: who took part, as reported by the lead volunteer, an organiser or the
 * school.
 */
package iq.cpf.awareness.participation;
