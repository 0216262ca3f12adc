/**
 * What every feature shares: the JAX-RS application, the one problem+json error mapping, the clock,
 * the settings read from the environment, start-up ordering and database migrations.
 */
package iq.cpf.awareness.platform;
