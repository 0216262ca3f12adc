package iq.cpf.awareness.material.control;

import iq.cpf.awareness.campaign.entity.Topic;
import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.material.entity.MaterialVersion;
import iq.cpf.awareness.material.entity.Origin;
import iq.cpf.awareness.platform.Audited;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Refusals;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.school.entity.SchoolLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The materials library. A version is never changed once written: an edit makes the next version, a
 * draft until an organiser approves it; approving one retires the version approved before, so a
 * lesson has at most one version that new visits can be given, while visits keep the version they
 * were given.
 */
@ApplicationScoped
@Transactional
public class Materials {

    private static final Logger LOG = Logger.getLogger(Materials.class);

    @PersistenceContext EntityManager em;
    @Inject Checks checks;
    @Inject Clock clock;
    @Inject Event<Audited> audited;

    /** What importing one lesson of the curated library did. */
    public enum Imported {
        CREATED,
        NEW_VERSION,
        UNCHANGED,
        DRAFT_BESIDE_ORGANISER_EDIT
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Material> list(
            String topic,
            SchoolLevel ageBand,
            Language language,
            String text,
            ApprovalState state,
            int first,
            int size) {
        String textOf =
                "exists (select t from MaterialText t where t.materialVersion.material = m and ";
        Where where =
                new Where()
                        .equal("m.topic.slug", "topic", topic)
                        .equal("m.ageBand", "ageBand", ageBand)
                        .when(
                                language != null,
                                textOf + "t.language = :language)",
                                "language",
                                language)
                        .when(
                                text != null && !text.isBlank(),
                                textOf
                                        + "(lower(t.title) like :text or lower(t.bodyMarkdown) like :text))",
                                "text",
                                text == null
                                        ? null
                                        : "%" + text.trim().toLowerCase(Locale.ROOT) + "%")
                        .when(
                                state != null,
                                "exists (select v from MaterialVersion v where v.material = m and v.state = :state)",
                                "state",
                                state);
        return where.page(
                em,
                "Material m",
                "m",
                "m.topic.slug, m.ageBand, m.id",
                Material.class,
                first,
                size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Material get(long id) {
        return checks.existing(Material.class, id, "material");
    }

    public MaterialVersion version(long id, int number) {
        return get(id).version(number)
                .orElseThrow(() -> NotFound.of("material version", id + "/" + number));
    }

    /**
     * Organisers see every lesson; anyone else only one with an approved version, and is told that
     * any other does not exist.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Material visible(long id, boolean organiser) {
        Material material = get(id);
        if (!organiser && material.approved().isEmpty()) {
            throw NotFound.of("material", id);
        }
        return material;
    }

    /** Organisers see every version; anyone else only an approved one. */
    public MaterialVersion visibleVersion(long id, int number, boolean organiser) {
        MaterialVersion version = version(id, number);
        if (!organiser && version.getState() != ApprovalState.APPROVED) {
            throw NotFound.of("material", id);
        }
        return version;
    }

    /** A lesson an organiser writes: its first version, a draft. */
    public Material create(
            String topic, SchoolLevel ageBand, List<LessonText> texts, String author) {
        Refusals refusals = new Refusals();
        Topic known = refusals.check(() -> checks.reference(Topic.class, topic, "topic", "topic"));
        refusals.check(() -> sensibleTexts(texts));
        Material material = new Material(null, known, ageBand, clock.instant());
        write(
                material.newVersion(
                        ApprovalState.DRAFT, Origin.ORGANISER, null, author, clock.instant()),
                texts);
        em.persist(checks.valid(material, refusals));
        em.flush();
        return material;
    }

    /**
     * An organiser's change: the next version, a draft; the approved one stays in use until this is
     * approved.
     */
    public MaterialVersion revise(
            long id, Integer expectedVersion, List<LessonText> texts, String author) {
        Material material = get(id);
        Checks.sameVersion(expectedVersion, material.getVersion());
        Refusals refusals = new Refusals();
        refusals.check(() -> sensibleTexts(texts));
        MaterialVersion next =
                material.newVersion(
                        ApprovalState.DRAFT, Origin.ORGANISER, null, author, clock.instant());
        write(next, texts);
        checks.valid(material, refusals);
        em.flush();
        return next;
    }

    public MaterialVersion approve(long id, int number) {
        MaterialVersion version = version(id, number);
        Material material = version.getMaterial();
        material.approved()
                .filter(v -> v != version)
                .ifPresent(previous -> previous.setState(ApprovalState.RETIRED));
        version.setState(ApprovalState.APPROVED);
        em.flush();
        audited.fire(Audited.of("material.approve", "material", id, "version " + number));
        return version;
    }

    public MaterialVersion retire(long id, int number) {
        MaterialVersion version = version(id, number);
        version.setState(ApprovalState.RETIRED);
        em.flush();
        audited.fire(Audited.of("material.retire", "material", id, "version " + number));
        return version;
    }

    /**
     * The versions of these lessons a visit is to have, in the order given: the version the visit
     * already has of a lesson stays (it keeps what it was given), a lesson new to it gets its
     * approved version, and a lesson without one (a draft, or retired) is refused, naming it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<MaterialVersion> forVisit(List<Long> ids, List<MaterialVersion> current) {
        List<MaterialVersion> versions = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            if (id == null || !seen.add(id)) {
                continue;
            }
            String field = "materialIds[" + i + "]";
            var kept = current.stream().filter(v -> v.getMaterial().getId().equals(id)).findFirst();
            if (kept.isPresent()) {
                versions.add(kept.get());
                continue;
            }
            Material material = em.find(Material.class, id);
            if (material == null) {
                throw new InvalidInput(field, "reference.unknown", "material", String.valueOf(id));
            }
            versions.add(
                    material.approved()
                            .orElseThrow(
                                    () ->
                                            new InvalidInput(
                                                    field,
                                                    "material.notApproved",
                                                    String.valueOf(id))));
        }
        return versions;
    }

    /**
     * Imports one lesson of the curated library. A lesson seen for the first time is created and
     * approved (it came through a reviewed pull request); files unchanged since the last import do
     * nothing; changed files make the next version, approved, unless an organiser changed the
     * lesson since the last import: then the files become a draft beside the organiser's version,
     * which stays in use, and the log says so.
     */
    public Imported importLesson(
            String slug,
            String topic,
            SchoolLevel ageBand,
            String checksum,
            List<LessonText> texts) {
        Material material =
                em.createQuery("select m from Material m where m.slug = :slug", Material.class)
                        .setParameter("slug", slug)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
        if (material == null) {
            Topic known = em.find(Topic.class, topic);
            if (known == null) {
                throw new IllegalArgumentException("lesson " + slug + ": unknown topic " + topic);
            }
            material = new Material(slug, known, ageBand, clock.instant());
            write(
                    material.newVersion(
                            ApprovalState.APPROVED,
                            Origin.CONTENT,
                            checksum,
                            null,
                            clock.instant()),
                    texts);
            em.persist(checks.valid(material));
            return Imported.CREATED;
        }
        var lastImport = material.latestFromContent();
        if (lastImport.isPresent() && checksum.equals(lastImport.get().getChecksum())) {
            return Imported.UNCHANGED;
        }
        int lastImported = lastImport.map(MaterialVersion::getNumber).orElse(0);
        boolean editedHere =
                material.getVersions().stream()
                        .anyMatch(
                                v ->
                                        v.getOrigin() == Origin.ORGANISER
                                                && v.getNumber() > lastImported);
        if (editedHere) {
            MaterialVersion draft =
                    material.newVersion(
                            ApprovalState.DRAFT, Origin.CONTENT, checksum, null, clock.instant());
            write(draft, texts);
            checks.valid(material);
            LOG.warnf(
                    "Lesson %s was changed in the application since its last import; its changed files became draft "
                            + "version %d beside it, for an organiser to compare and approve",
                    slug, draft.getNumber());
            return Imported.DRAFT_BESIDE_ORGANISER_EDIT;
        }
        material.approved().ifPresent(previous -> previous.setState(ApprovalState.RETIRED));
        write(
                material.newVersion(
                        ApprovalState.APPROVED, Origin.CONTENT, checksum, null, clock.instant()),
                texts);
        checks.valid(material);
        return Imported.NEW_VERSION;
    }

    private static void write(MaterialVersion version, List<LessonText> texts) {
        if (texts == null) {
            return;
        }
        for (LessonText text : texts) {
            if (text != null) {
                version.addText(
                        text.language(),
                        text.title(),
                        text.durationMinutes(),
                        text.markdown(),
                        Quizzes.json(text.quiz()));
            }
        }
    }

    /** At least one text, each in a language of its own. */
    private static Void sensibleTexts(List<LessonText> texts) {
        if (texts == null || texts.isEmpty() || texts.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInput("texts", "material.texts.required");
        }
        if (texts.stream().map(LessonText::language).distinct().count() < texts.size()
                || texts.stream().anyMatch(t -> t.language() == null)) {
            throw new InvalidInput("texts", "material.texts.languages");
        }
        return null;
    }
}
