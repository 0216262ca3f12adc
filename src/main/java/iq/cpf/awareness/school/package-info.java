/** Schools that campaigns visit, with the contacts who receive emails on their behalf. */
package iq.cpf.awareness.school;
