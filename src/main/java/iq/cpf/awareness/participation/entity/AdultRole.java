package iq.cpf.awareness.participation.entity;

/** Who the adults at a training or workshop were. */
public enum AdultRole {
    POLICE,
    COMMUNITY,
    TEACHER
}
