package iq.cpf.awareness.volunteer.boundary;

import static iq.cpf.awareness.platform.boundary.FormValues.text;

import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.volunteer.control.Volunteers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The volunteers page's form: adds a volunteer or edits one. It becomes the input the API reads and
 * is saved the same way ({@link VolunteerInput}), so the rules and messages are the API's; its ids
 * are the API's field names, so that each message shows next to its field.
 */
@Named
@ViewScoped
public class EditVolunteer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Volunteers volunteers;
    @Inject Forums forums;
    @Inject Caller caller;
    @Inject FacesProblems problems;

    private boolean open;
    private Long id;
    private Integer version;
    private Long forumId;
    private String name;
    private String email;
    private String phone;
    private String mobile;
    private Channel channel = Channel.EMAIL;
    private Language language = Language.AR;
    private List<Language> languages = new ArrayList<>(List.of(Language.AR));
    private boolean policeOfficer;
    private LocalDate vettedUntil;

    public void add() {
        reset();
        open = true;
        forumId = caller.scope().single().orElse(null);
    }

    /** Loads the volunteer as the caller may see them: one outside their scope is not found. */
    @InTransaction
    public void edit(long volunteerId) {
        VolunteerView v = VolunteerView.of(volunteers.get(caller.scope(), volunteerId));
        reset();
        open = true;
        id = v.id();
        version = v.version();
        forumId = v.forumId();
        name = v.name();
        email = v.email();
        phone = v.phone();
        mobile = v.mobile();
        channel = v.channel();
        language = v.language();
        languages = new ArrayList<>(v.languages());
        policeOfficer = v.policeOfficer();
        vettedUntil = v.vettedUntil();
    }

    public void save() {
        VolunteerInput input =
                new VolunteerInput(
                        text(name),
                        text(email),
                        text(phone),
                        languages,
                        forumId,
                        language,
                        policeOfficer,
                        version,
                        vettedUntil,
                        text(mobile),
                        channel);
        try {
            if (id == null) {
                input.create(volunteers, forums, caller.scope());
            } else {
                input.update(volunteers, forums, caller.scope(), id);
            }
        } catch (RuntimeException refused) {
            problems.show(refused, "volunteer");
            return;
        }
        problems.info("volunteers.saved", name);
        reset();
    }

    public void reset() {
        open = false;
        id = null;
        version = null;
        forumId = null;
        name = null;
        email = null;
        phone = null;
        mobile = null;
        channel = Channel.EMAIL;
        language = Language.AR;
        languages = new ArrayList<>(List.of(Language.AR));
        policeOfficer = false;
        vettedUntil = null;
    }

    public List<Forum> getForums() {
        return forums.list(caller.scope(), null, 0, 200).items();
    }

    /** An organiser of one forum has nothing to choose: the volunteer is that forum's. */
    public boolean isForumChoice() {
        return caller.scope().single().isEmpty();
    }

    public List<Channel> getAllChannels() {
        return Arrays.asList(Channel.values());
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public List<Language> getAllLanguages() {
        return Arrays.asList(Language.values());
    }

    public boolean isOpen() {
        return open;
    }

    public Long getId() {
        return id;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    /** An array, so that Faces knows to convert each checked box to a {@link Language}. */
    public Language[] getLanguages() {
        return languages.toArray(Language[]::new);
    }

    public void setLanguages(Language[] languages) {
        this.languages = new ArrayList<>(Arrays.asList(languages));
    }

    public boolean isPoliceOfficer() {
        return policeOfficer;
    }

    public void setPoliceOfficer(boolean policeOfficer) {
        this.policeOfficer = policeOfficer;
    }

    public LocalDate getVettedUntil() {
        return vettedUntil;
    }

    public void setVettedUntil(LocalDate vettedUntil) {
        this.vettedUntil = vettedUntil;
    }
}
