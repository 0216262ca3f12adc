package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.control.MaterialFiles;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.NotFound;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.school.entity.SchoolLevel;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.primefaces.event.FileUploadEvent;

/**
 * The materials library: browse and filter lessons, preview a version's lesson as the schools will
 * read it, approve (after a confirmation), reject or retire versions, and attach files. It uses the
 * services the API uses, with the same rules of who sees what and the same audit. {@code ?lesson=}
 * (and {@code &version=}) opens a lesson, as writing one does when its draft is submitted.
 */
@Named
@ViewScoped
public class KeepLibrary implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Materials materials;
    @Inject Caller caller;
    @Inject MaterialFiles files;
    @Inject FacesProblems problems;

    private String topic;
    private String ageBand;
    private String text;
    private Long selected;
    private Integer previewVersion;
    private Long lesson;
    private Integer version;
    private boolean submitted;

    @InTransaction
    public List<MaterialView> getMaterials() {
        boolean organiser = caller.isOrganiser();
        return materials
                .list(
                        blank(topic),
                        Params.enumeration("ageBand", blank(ageBand), SchoolLevel.class),
                        null,
                        blank(text),
                        organiser ? null : ApprovalState.APPROVED,
                        0,
                        Paging.MAX_SIZE)
                .map(m -> MaterialView.seenBy(m, organiser))
                .items();
    }

    @InTransaction
    public MaterialView getSelectedMaterial() {
        if (selected == null) {
            return null;
        }
        boolean organiser = caller.isOrganiser();
        return MaterialView.seenBy(materials.visible(selected, organiser), organiser);
    }

    /** The version opened, else the one in use (the approved one, or the newest). */
    @InTransaction
    public VersionView getPreview() {
        if (selected == null) {
            return null;
        }
        boolean organiser = caller.isOrganiser();
        if (previewVersion == null) {
            Material material = materials.visible(selected, organiser);
            return material.approved().or(material::latest).map(VersionView::of).orElse(null);
        }
        return VersionView.of(materials.visibleVersion(selected, previewVersion, organiser));
    }

    public void open(long id, Integer version) {
        selected = id;
        previewVersion = version;
    }

    /**
     * Opens the lesson of the address at the version it names, else the one in use, and lists the
     * lessons of its topic and level, so that it is found at once; one that does not exist is said
     * so, as the API would.
     */
    public void openRequested() {
        if (lesson == null) {
            return;
        }
        try {
            Material material = materials.visible(lesson, caller.isOrganiser());
            if (version != null) {
                materials.visibleVersion(lesson, version, caller.isOrganiser());
            }
            topic = material.getTopic().getSlug();
            ageBand = material.getAgeBand().name().toLowerCase(Locale.ROOT);
            open(lesson, version);
        } catch (NotFound unknown) {
            problems.show(unknown);
        }
    }

    public void approve(int number) {
        act(() -> materials.approve(selected, number), "materials.approved");
    }

    public void retire(int number) {
        act(() -> materials.retire(selected, number), "materials.retired");
    }

    /** A draft not to be used: retired, as the API's retire does, so it goes to no visit. */
    public void reject(int number) {
        act(() -> materials.retire(selected, number), "materials.rejected");
    }

    public void upload(FileUploadEvent event) {
        try (InputStream content = event.getFile().getInputStream()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            files.upload(
                    selected,
                    event.getFile().getFileName(),
                    content,
                    faces.getExternalContext().getUserPrincipal().getName());
            problems.info("materials.uploaded");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            problems.info(done);
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getAgeBand() {
        return ageBand;
    }

    public void setAgeBand(String ageBand) {
        this.ageBand = ageBand;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getSelected() {
        return selected;
    }

    public Integer getPreviewVersion() {
        return previewVersion;
    }

    public Long getLesson() {
        return lesson;
    }

    public void setLesson(Long lesson) {
        this.lesson = lesson;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    /**
     * Says that the version of the address was submitted, when the address says so ({@code
     * &submitted=true}, where writing a lesson goes once it submitted): before the page is first
     * rendered, once its language is set, and not again on its own requests.
     */
    public void announceSubmitted() {
        if (submitted && version != null && !FacesContext.getCurrentInstance().isPostback()) {
            problems.info("lesson.submitted", version);
        }
    }

    /** {@code &submitted=true}: the address is where writing a lesson went once it submitted. */
    public boolean isSubmitted() {
        return submitted;
    }

    public void setSubmitted(boolean submitted) {
        this.submitted = submitted;
    }
}
