/**
 * Topics, Community Policing Forums and the campaigns they run, with each campaign's reminder
 * rules.
 */
package iq.cpf.awareness.campaign;
