/** Visits: one campaign session at one school, with its team, its schedule and its history. */
package iq.cpf.awareness.visit;
