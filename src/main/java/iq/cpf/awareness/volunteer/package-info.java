/** Volunteers and police officers who lead and assist school visits. */
package iq.cpf.awareness.volunteer;
