package iq.cpf.awareness.participation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One class's pre/post quiz as aggregates: how many pupils answered and how many answers were
 * correct per question, before and after the session. No pupil's answers are kept. A side is null
 * when the class did not run it.
 */
@Embeddable
public class ClassQuiz {

    @NotBlank(message = "{field.required}")
    @Size(max = 80, message = "{field.size}")
    @Column(name = "class_label")
    private String classLabel;

    @NotNull(message = "{field.required}")
    @Column(name = "version_id")
    private Long versionId;

    @Min(value = 1, message = "{field.min}")
    @Max(value = 500, message = "{field.max}")
    @Column(name = "pre_pupils")
    private Integer prePupils;

    @Column(name = "pre_correct")
    private String preCorrect;

    @Min(value = 1, message = "{field.min}")
    @Max(value = 500, message = "{field.max}")
    @Column(name = "post_pupils")
    private Integer postPupils;

    @Column(name = "post_correct")
    private String postCorrect;

    protected ClassQuiz() {}

    public ClassQuiz(
            String classLabel,
            Long versionId,
            Integer prePupils,
            List<Integer> preCorrect,
            Integer postPupils,
            List<Integer> postCorrect) {
        this.classLabel = classLabel;
        this.versionId = versionId;
        this.prePupils = prePupils;
        this.preCorrect = join(preCorrect);
        this.postPupils = postPupils;
        this.postCorrect = join(postCorrect);
    }

    /** Both sides were run, so the class can tell what changed. */
    public boolean paired() {
        return prePupils != null && postPupils != null;
    }

    /**
     * Correct answers over all questions before the session; with {@link #preAnswers()} the class's
     * pre share.
     */
    public long preCorrectTotal() {
        return total(getPreCorrect());
    }

    public long postCorrectTotal() {
        return total(getPostCorrect());
    }

    /** Answers given before the session: pupils times questions. */
    public long preAnswers() {
        return prePupils == null ? 0 : (long) prePupils * getPreCorrect().size();
    }

    public long postAnswers() {
        return postPupils == null ? 0 : (long) postPupils * getPostCorrect().size();
    }

    private static long total(List<Integer> counts) {
        return counts == null ? 0 : counts.stream().mapToLong(Integer::longValue).sum();
    }

    public String getClassLabel() {
        return classLabel;
    }

    public Long getVersionId() {
        return versionId;
    }

    public Integer getPrePupils() {
        return prePupils;
    }

    public List<Integer> getPreCorrect() {
        return split(preCorrect);
    }

    public Integer getPostPupils() {
        return postPupils;
    }

    public List<Integer> getPostCorrect() {
        return split(postCorrect);
    }

    private static String join(List<Integer> counts) {
        return counts == null
                ? null
                : counts.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Integer> split(String counts) {
        return counts == null || counts.isEmpty()
                ? null
                : Arrays.stream(counts.split(",")).map(Integer::valueOf).toList();
    }
}
