package iq.cpf.awareness.forum.entity;

/**
 * How a forum is reached, as the emails about its visits and the pages behind their links show it:
 * its name, and its phone and email when it gave them.
 */
public record ForumContact(String name, String phone, String email) {}
