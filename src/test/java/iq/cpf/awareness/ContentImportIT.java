package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import iq.cpf.awareness.material.control.ContentLibrary;
import iq.cpf.awareness.material.control.LessonText;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.control.Materials.Imported;
import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.material.entity.Origin;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.support.Deployments;
import iq.cpf.awareness.support.OwnDeployment;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server: importing the library is idempotent, versions changes and never overrides
 * an edit.
 */
@ExtendWith({OwnDeployment.class, ArquillianExtension.class})
class ContentImportIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(OwnDeployment.class);
    }

    @Inject ContentLibrary library;
    @Inject Materials materials;
    @Inject UserTransaction transaction;

    /** Reads in a transaction of its own, as the lessons' versions are loaded lazily. */
    private <T> T read(Supplier<T> reading) {
        try {
            transaction.begin();
            try {
                return reading.get();
            } finally {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String file(String id, String language, String title, String body) {
        return """
                ---
                id: %s
                topic: harassment
                ageBand: intermediate
                language: %s
                version: 1
                title: "%s"
                duration: 45
                quiz:
                  - question: "Who can you tell?"
                    choices: ["Nobody", "A trusted adult", "A stranger online"]
                    answer: 2
                ---

                %s
                """
                .formatted(id, language, title, body);
    }

    private Material lesson(String slug) {
        return materials.list("harassment", null, null, null, null, 0, 500).items().stream()
                .filter(m -> slug.equals(m.getSlug()))
                .findFirst()
                .orElseThrow();
    }

    private List<String> states(String slug) {
        return read(
                () ->
                        lesson(slug).getVersions().stream()
                                .map(v -> v.getNumber() + ":" + v.getState() + ":" + v.getOrigin())
                                .toList());
    }

    @Test
    void aNewLessonIsCreatedOnceAndAChangedFileMakesTheNextVersion() {
        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> files =
                Map.of(
                        "harassment/" + id + ".en.md",
                                file(id, "en", "Boundaries", "## Objectives\n\nRespect."),
                        "harassment/" + id + ".ar.md",
                                file(id, "ar", "الحدود", "## الأهداف\n\nالاحترام."));
        assertEquals(List.of(Imported.CREATED), library.importFiles(files));
        assertEquals(List.of(Imported.UNCHANGED), library.importFiles(files));
        assertEquals(
                List.of(Imported.UNCHANGED),
                library.importFiles(
                        Map.of(
                                "harassment/" + id + ".en.md",
                                        files.get("harassment/" + id + ".en.md")
                                                .replace("\n", "\r\n"),
                                "harassment/" + id + ".ar.md",
                                        files.get("harassment/" + id + ".ar.md"))),
                "line endings change nothing");

        assertEquals(List.of("1:APPROVED:CONTENT"), states(id));
        read(
                () -> {
                    MaterialVersion first = lesson(id).approved().orElseThrow();
                    assertEquals(2, first.getTexts().size());
                    assertEquals("الحدود", first.text(Language.AR).orElseThrow().getTitle());
                    return first;
                });

        assertEquals(
                List.of(Imported.NEW_VERSION),
                library.importFiles(
                        Map.of(
                                "harassment/" + id + ".en.md",
                                        file(
                                                id,
                                                "en",
                                                "Boundaries",
                                                "## Objectives\n\nRespect, always."),
                                "harassment/" + id + ".ar.md",
                                        files.get("harassment/" + id + ".ar.md"))));
        assertEquals(List.of("1:RETIRED:CONTENT", "2:APPROVED:CONTENT"), states(id));
    }

    @Test
    void aLessonChangedInTheApplicationIsNeverOverwritten() {
        String id = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "harassment/" + id + ".en.md";
        assertEquals(
                List.of(Imported.CREATED),
                library.importFiles(Map.of(name, file(id, "en", "Boundaries", "Version one."))));
        long materialId = read(() -> lesson(id).getId());
        materials.revise(
                materialId,
                null,
                List.of(
                        new LessonText(
                                Language.EN,
                                "Boundaries (Diyala)",
                                50,
                                "The forum's own wording.",
                                List.of())),
                "organiser@it.example");
        materials.approve(materialId, 2);

        assertEquals(
                List.of(Imported.DRAFT_BESIDE_ORGANISER_EDIT),
                library.importFiles(
                        Map.of(
                                name,
                                file(id, "en", "Boundaries", "Version two from the library."))));
        assertEquals(
                List.of("1:RETIRED:CONTENT", "2:APPROVED:ORGANISER", "3:DRAFT:CONTENT"),
                states(id));
        assertEquals(
                "The forum's own wording.",
                read(
                        () ->
                                lesson(id)
                                        .approved()
                                        .orElseThrow()
                                        .text(Language.EN)
                                        .orElseThrow()
                                        .getBodyMarkdown()));
        assertEquals(
                List.of(Imported.UNCHANGED),
                library.importFiles(
                        Map.of(
                                name,
                                file(id, "en", "Boundaries", "Version two from the library."))),
                "the draft is not made again at the next start");
        assertEquals(Origin.CONTENT, read(() -> lesson(id).latest().orElseThrow().getOrigin()));
    }

    @Test
    void aBrokenFileCostsItsLessonOnly() {
        String good = "it-" + UUID.randomUUID().toString().substring(0, 8);
        List<Imported> outcomes =
                library.importFiles(
                        Map.of(
                                "harassment/broken.en.md",
                                "---\nid: broken\ntopic: harassment\n---\nno title, no age band",
                                "harassment/unknown-topic.en.md",
                                file("it-unknown-topic-" + good, "en", "X", "Y")
                                        .replace("topic: harassment", "topic: gardening"),
                                "harassment/" + good + ".en.md",
                                file(good, "en", "Good", "Fine.")));
        assertEquals(List.of(Imported.CREATED), outcomes);
        assertEquals(List.of("1:APPROVED:CONTENT"), states(good));
    }
}
