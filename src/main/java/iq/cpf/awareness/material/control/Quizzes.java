package iq.cpf.awareness.material.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.cpf.awareness.material.entity.QuizQuestion;
import java.util.List;

/** A quiz as stored with its lesson text: a JSON array of questions. */
public final class Quizzes {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<QuizQuestion>> QUESTIONS = new TypeReference<>() {};

    private Quizzes() {}

    public static String json(List<QuizQuestion> quiz) {
        if (quiz == null || quiz.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(quiz);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A quiz cannot be written as JSON", e);
        }
    }

    public static List<QuizQuestion> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, QUESTIONS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored quiz is not valid JSON", e);
        }
    }
}
