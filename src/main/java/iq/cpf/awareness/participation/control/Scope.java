package iq.cpf.awareness.participation.control;

import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.control.Where;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What a summary covers: a campaign, a forum, a governorate or district (the school's), any of them
 * together, over an optional date range that includes both ends (visit dates in the application's
 * time zone, training dates).
 */
public record Scope(
        Long campaignId,
        Long forumId,
        String governorate,
        String district,
        LocalDate from,
        LocalDate to,
        ForumScope within) {

    public Scope {
        within = within == null ? ForumScope.NATIONAL : within;
    }

    /** A summary for the system itself (digests, notices), over every forum. */
    public Scope(
            Long campaignId,
            Long forumId,
            String governorate,
            String district,
            LocalDate from,
            LocalDate to) {
        this(campaignId, forumId, governorate, district, from, to, ForumScope.NATIONAL);
    }

    public static Scope campaign(long campaignId, LocalDate from, LocalDate to) {
        return new Scope(campaignId, null, null, null, from, to);
    }

    /** The conditions on a visit {@code v}, fresh for each query so that it may add its own. */
    Where visits(ZoneId zone) {
        return places("v")
                .when(
                        from != null,
                        "v.start >= :from",
                        "from",
                        from == null ? null : from.atStartOfDay(zone).toInstant())
                .when(
                        to != null,
                        "v.start < :to",
                        "to",
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether the scope has dates, which the sums kept per campaign and school do not. */
    boolean dated() {
        return from != null || to != null;
    }

    /**
     * The conditions on the sums kept per campaign and school ({@code ReachSum} or {@code
     * ReachGradeSum} as {@code alias}), for a scope without dates.
     */
    Where sums(String alias) {
        if (dated()) {
            throw new IllegalStateException("the sums have no dates");
        }
        return places(alias);
    }

    /** Campaign, forum and place, from {@code alias} that has a campaign and a school. */
    private Where places(String alias) {
        return new Where()
                .within(within, alias + ".campaign.forum.id")
                .equal(alias + ".campaign.id", "campaign", campaignId)
                .equal(alias + ".campaign.forum.id", "forum", forumId)
                .equal(alias + ".school.governorate", "governorate", blankless(governorate))
                .equal(alias + ".school.district", "district", blankless(district));
    }

    /** The conditions on a training {@code t}. */
    Where trainings() {
        return new Where()
                .within(within, "t.forum.id")
                .equal("t.campaign.id", "campaign", campaignId)
                .equal("t.forum.id", "forum", forumId)
                .equal("t.governorate", "governorate", blankless(governorate))
                .equal("t.district", "district", blankless(district))
                .when(from != null, "t.heldOn >= :from", "from", from)
                .when(to != null, "t.heldOn <= :to", "to", to);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
