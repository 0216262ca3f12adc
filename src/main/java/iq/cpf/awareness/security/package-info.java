/**
 * Who may do what: users with one role each (admin, organiser, volunteer) in the database,
 * passwords as salted PBKDF2 hashes, HTTP Basic for the API and a login form for the UI over the
 * same identity store.
 */
package iq.cpf.awareness.security;
