package iq.cpf.awareness.material.entity;

import java.util.List;

/**
 * One multiple-choice question of a lesson's pre/post quiz; {@code answer} counts the choices from
 * 1.
 */
public record QuizQuestion(String question, List<String> choices, int answer) {}
