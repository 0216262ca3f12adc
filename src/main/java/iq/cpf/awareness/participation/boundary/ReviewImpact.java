package iq.cpf.awareness.participation.boundary;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.participation.control.Scope;
import iq.cpf.awareness.participation.control.Summaries;
import iq.cpf.awareness.participation.control.Summary;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.security.boundary.Preferences;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports page: an organiser picks a campaign or a forum, a governorate or district and a
 * period, sees the figures and downloads them as CSV or PDF from the same API that integrators
 * call.
 */
@Named
@ViewScoped
public class ReviewImpact implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Summaries summaries;
    @Inject Caller caller;
    @Inject Campaigns campaigns;
    @Inject Forums forums;
    @Inject Preferences preferences;

    private Long campaignId;
    private Long forumId;
    private String governorate;
    private String district;
    private LocalDate from;
    private LocalDate to;

    /** Computed once per change of the filters, not once per expression that reads it. */
    private transient Summary summary;

    public Summary getSummary() {
        if (summary == null) {
            summary =
                    summaries.of(
                            new Scope(
                                    campaignId,
                                    forumId,
                                    governorate,
                                    district,
                                    from,
                                    to,
                                    caller.scope()),
                            Language.of(preferences.getLocale()));
        }
        return summary;
    }

    /** The filters changed: the figures are computed again when next read. */
    public void refresh() {
        summary = null;
    }

    /** The download of the figures shown, as {@code format} (csv, pdf), in the page's language. */
    public String download(String format) {
        List<String> query = new ArrayList<>();
        add(query, "forumId", forumId);
        add(query, "governorate", governorate);
        add(query, "district", district);
        add(query, "from", from);
        add(query, "to", to);
        query.add("format=" + format);
        query.add("lang=" + preferences.getLanguage());
        String path =
                campaignId == null ? "/api/summaries" : "/api/campaigns/" + campaignId + "/summary";
        return path + "?" + String.join("&", query);
    }

    private static void add(List<String> query, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            query.add(
                    name
                            + "="
                            + URLEncoder.encode(value.toString().strip(), StandardCharsets.UTF_8));
        }
    }

    public List<Campaign> getCampaigns() {
        return campaigns.list(caller.scope(), null, null, null, null, 0, 200).items();
    }

    public List<Forum> getForums() {
        return forums.list(caller.scope(), null, 0, 200).items();
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public Long getForumId() {
        return forumId;
    }

    public void setForumId(Long forumId) {
        this.forumId = forumId;
    }

    public String getGovernorate() {
        return governorate;
    }

    public void setGovernorate(String governorate) {
        this.governorate = governorate;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
