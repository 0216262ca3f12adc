package iq.cpf.awareness.campaign.boundary;

/** A topic as a client sends it; {@code slug} is its id and cannot change. */
public record TopicInput(String slug, String name, String nameAr, String nameCkb) {}
