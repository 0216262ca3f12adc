package iq.cpf.awareness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.demo.control.DemoData;
import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.participation.control.Scope;
import iq.cpf.awareness.participation.control.Summaries;
import iq.cpf.awareness.participation.control.Summary;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.support.Deployments;
import iq.cpf.awareness.support.OwnDeployment;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.volunteer.control.Volunteers;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the server: the demo loads once, whatever number of times it is asked to. */
@ExtendWith({OwnDeployment.class, ArquillianExtension.class})
class DemoDataIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.application().addClass(OwnDeployment.class);
    }

    @Inject DemoData demoData;
    @Inject Forums forums;
    @Inject Schools schools;
    @Inject Volunteers volunteers;
    @Inject Campaigns campaigns;
    @Inject Visits visits;
    @Inject Users users;
    @Inject Summaries summaries;

    @Test
    void theDemoLoadsOnceAndIsComplete() {
        long forumsBefore = forums.list(ForumScope.NATIONAL, null, 0, 1).total();
        demoData.load();
        long forumsAfterFirst = forums.list(ForumScope.NATIONAL, null, 0, 1).total();
        long schoolsAfterFirst =
                schools.list(ForumScope.NATIONAL, null, null, null, null, null, 0, 1).total();
        long visitsAfterFirst =
                visits.list(ForumScope.NATIONAL, null, null, null, null, null, null, 0, 1).total();
        demoData.load();

        assertEquals(
                forumsAfterFirst,
                forums.list(ForumScope.NATIONAL, null, 0, 1).total(),
                "a second load adds no forum");
        assertEquals(
                schoolsAfterFirst,
                schools.list(ForumScope.NATIONAL, null, null, null, null, null, 0, 1).total());
        assertEquals(
                visitsAfterFirst,
                visits.list(ForumScope.NATIONAL, null, null, null, null, null, null, 0, 1).total());
        assertTrue(forumsAfterFirst - forumsBefore <= 2);

        for (String district :
                new String[] {
                    "Khanaqin", "Mandali", "Sa'diya", "Jalawla", "Khalis", "Sharaban", "Baquba"
                }) {
            assertTrue(
                    schools.list(ForumScope.NATIONAL, "Diyala", district, null, null, null, 0, 1)
                                    .total()
                            >= 2,
                    district);
        }
        assertTrue(
                schools.list(
                                        ForumScope.NATIONAL,
                                        "Diyala",
                                        null,
                                        null,
                                        null,
                                        "Khanaqin Preparatory",
                                        0,
                                        5)
                                .total()
                        >= 1);
        assertTrue(
                volunteers.list(ForumScope.NATIONAL, null, true, null, 0, 1).total() >= 3,
                "police officers among the volunteers");
        for (String topic : new String[] {"drugs", "harassment", "internet-misuse"}) {
            assertTrue(
                    campaigns.list(ForumScope.NATIONAL, topic, null, null, "Diyala", 0, 1).total()
                            >= 1,
                    topic);
        }
        assertTrue(visitsAfterFirst >= 20);

        // The visits held before the demo begins, as DemoData's HELD lists them: the Reports page
        // has figures.
        long forum =
                forums.list(ForumScope.NATIONAL, "Diyala", 0, 500).items().stream()
                        .filter(f -> f.getName().equals(DemoData.FORUM))
                        .findFirst()
                        .orElseThrow()
                        .getId();
        Summary summary = summaries.of(new Scope(null, forum, null, null, null, null), Language.EN);
        assertEquals(5, summary.visits().done());
        assertEquals(5, summary.schools().visited());
        assertEquals(
                34 + 29 + 31 + 27 + 26 + 22 + 18 + 17 + 15 + 19 + 36, summary.students().total());
        assertEquals(31 + 27 + 26 + 22 + 18 + 15 + 36, summary.students().girls());
        assertEquals(9, summary.sessions());
        assertEquals(3 + 2 + 2 + 2 + 1, summary.teachers());
        assertEquals(5, summary.knowledge().classes(), "every demo lesson has a quiz");
        assertTrue(
                summary.knowledge().gain() > 0.2,
                "the demo's quizzes show a gain: " + summary.knowledge().gain());
        assertEquals(
                "9 sessions in 5 schools reached 274 students, 175 of them girls.",
                summary.sentence());

        var organiser = users.find(DemoData.ORGANISER_EMAIL).orElseThrow();
        assertEquals(Role.ORGANISER, organiser.getRole());
        assertTrue(users.verify(DemoData.ORGANISER_EMAIL, DemoData.PASSWORD).isPresent());
        assertTrue(users.verify("laila.hassan@demo.example", DemoData.PASSWORD).isPresent());
        assertTrue(users.verify(DemoData.ORGANISER_EMAIL, "wrong").isEmpty());
    }

    @Test
    void passwordsAreSaltedSlowHashes() {
        demoData.load();
        String one = users.find(DemoData.ORGANISER_EMAIL).orElseThrow().getPasswordHash();
        String other = users.find("laila.hassan@demo.example").orElseThrow().getPasswordHash();
        assertTrue(one.startsWith("PBKDF2WithHmacSHA256:600000:"), one);
        assertTrue(!one.equals(other), "the same password hashes differently with another salt");
        assertTrue(!one.contains(DemoData.PASSWORD));
    }
}
