/**
 * Lesson materials: the curated library imported from {@code content/}, lessons organisers write or
 * change in the application, their versions and approval, and the files and links attached to them.
 */
package iq.cpf.awareness.material;
