package iq.cpf.awareness.school.entity;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a period of a school calendar is: teaching happens in terms, not in holidays or exams. */
public enum PeriodKind {
    @JsonProperty("term")
    TERM,
    @JsonProperty("holiday")
    HOLIDAY,
    @JsonProperty("exams")
    EXAMS
}
