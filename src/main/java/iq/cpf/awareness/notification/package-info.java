/**
 * Everything the system tells people by email: invitations, updates and cancellations with calendar
 * parts, reminders, participation requests and digests. Messages go through an outbox table written
 * in the same transaction as the change that causes them and are sent by a dispatcher with retries
 * and back-off.
 */
package iq.cpf.awareness.notification;
