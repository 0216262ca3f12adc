package iq.cpf.awareness.material.boundary;

/** A link to material kept elsewhere, such as a video. */
public record LinkInput(String name, String url) {}
