package iq.cpf.awareness.outbox.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Pending until sent; failed attempts stay pending with a later next attempt; dead after the last
 * one.
 */
public enum MessageState {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("sending")
    SENDING,
    @JsonProperty("sent")
    SENT,
    @JsonProperty("dead")
    DEAD
}
