package iq.cpf.awareness.demo.control;

import iq.cpf.awareness.campaign.control.Campaigns;
import iq.cpf.awareness.campaign.entity.Campaign;
import iq.cpf.awareness.campaign.entity.CampaignStatus;
import iq.cpf.awareness.campaign.entity.ReminderRule;
import iq.cpf.awareness.forum.control.Forums;
import iq.cpf.awareness.forum.entity.Forum;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.participation.control.Participations;
import iq.cpf.awareness.participation.control.Participations.Grade;
import iq.cpf.awareness.participation.control.Participations.QuizReport;
import iq.cpf.awareness.participation.control.Participations.Side;
import iq.cpf.awareness.participation.control.Trainings;
import iq.cpf.awareness.participation.entity.AdultRole;
import iq.cpf.awareness.participation.entity.Attendance;
import iq.cpf.awareness.participation.entity.TrainingKind;
import iq.cpf.awareness.platform.Channel;
import iq.cpf.awareness.platform.ForumScope;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.Settings;
import iq.cpf.awareness.platform.Startup;
import iq.cpf.awareness.school.control.Schools;
import iq.cpf.awareness.school.entity.Contact;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import iq.cpf.awareness.security.control.Users;
import iq.cpf.awareness.visit.control.Visits;
import iq.cpf.awareness.visit.entity.Visit;
import iq.cpf.awareness.volunteer.control.Volunteers;
import iq.cpf.awareness.volunteer.entity.Gender;
import iq.cpf.awareness.volunteer.entity.Volunteer;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The demo that {@code DEMO_DATA=true} loads: the Diyala forums of the source documents, twenty
 * schools in their districts, volunteers and police officers who can log in, one campaign per topic
 * and visits over the coming weeks. Loaded once: a second start finds the Khanaqin forum and leaves
 * everything as it is.
 */
@ApplicationScoped
public class DemoData {

    public static final String FORUM = "Khanaqin Community Policing Forum";
    public static final String ORGANISER_EMAIL = "organiser@demo.example";
    static final String ORGANISER_NAME = "Sgt. Nawzad Ahmed";
    public static final String PASSWORD = "awareness-demo";

    /** Coordinates every forum of Diyala: Khanaqin's and Baquba's. */
    public static final String COORDINATOR_EMAIL = "coordinator@demo.example";

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @PersistenceContext EntityManager em;
    @Inject Forums forums;
    @Inject Schools schools;
    @Inject Volunteers volunteers;
    @Inject Campaigns campaigns;
    @Inject Visits visits;
    @Inject Trainings trainings;
    @Inject Participations participations;
    @Inject Materials materials;
    @Inject Users users;
    @Inject Settings settings;
    @Inject Clock clock;

    private record SchoolSeed(
            String name,
            String latin,
            String district,
            SchoolLevel level,
            SchoolType type,
            int students,
            String contact,
            String email,
            Language language) {}

    private record VolunteerSeed(
            String name,
            String email,
            String phone,
            boolean police,
            Language language,
            List<Language> languages) {}

    private static final List<SchoolSeed> SCHOOLS =
            List.of(
                    new SchoolSeed(
                            "إعدادية خانقين للبنين",
                            "Khanaqin Preparatory School for Boys",
                            "Khanaqin",
                            SchoolLevel.SECONDARY,
                            SchoolType.BOYS,
                            640,
                            "Karwan Aziz",
                            "head.khanaqin-prep@schools.example",
                            Language.CKB),
                    new SchoolSeed(
                            "ثانوية الوند للبنات",
                            "Alwand Secondary School for Girls",
                            "Khanaqin",
                            SchoolLevel.SECONDARY,
                            SchoolType.GIRLS,
                            520,
                            "Shilan Rashid",
                            "head.alwand@schools.example",
                            Language.CKB),
                    new SchoolSeed(
                            "متوسطة الشهيد كاوة المختلطة",
                            "Martyr Kawa Mixed Intermediate School",
                            "Khanaqin",
                            SchoolLevel.INTERMEDIATE,
                            SchoolType.MIXED,
                            410,
                            "Dilshad Mahmoud",
                            "head.kawa@schools.example",
                            Language.CKB),
                    new SchoolSeed(
                            "مدرسة النصر الابتدائية",
                            "Al-Nasr Primary School",
                            "Khanaqin",
                            SchoolLevel.PRIMARY,
                            SchoolType.MIXED,
                            380,
                            "Amira Salman",
                            "head.alnasr@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "إعدادية مندلي للبنين",
                            "Mandali Preparatory School for Boys",
                            "Mandali",
                            SchoolLevel.SECONDARY,
                            SchoolType.BOYS,
                            450,
                            "Hussein Ali",
                            "head.mandali-prep@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "متوسطة الزهراء للبنات",
                            "Al-Zahraa Intermediate School for Girls",
                            "Mandali",
                            SchoolLevel.INTERMEDIATE,
                            SchoolType.GIRLS,
                            330,
                            "Zainab Kadhim",
                            "head.zahraa@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "ثانوية السعدية المختلطة",
                            "Sa'diya Mixed Secondary School",
                            "Sa'diya",
                            SchoolLevel.SECONDARY,
                            SchoolType.MIXED,
                            390,
                            "Omar Jassim",
                            "head.sadiya@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "مدرسة الفرات الابتدائية",
                            "Al-Furat Primary School",
                            "Sa'diya",
                            SchoolLevel.PRIMARY,
                            SchoolType.MIXED,
                            290,
                            "Huda Nasser",
                            "head.furat@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "إعدادية جلولاء للبنين",
                            "Jalawla Preparatory School for Boys",
                            "Jalawla",
                            SchoolLevel.SECONDARY,
                            SchoolType.BOYS,
                            560,
                            "Sarbast Hama",
                            "head.jalawla-prep@schools.example",
                            Language.CKB),
                    new SchoolSeed(
                            "متوسطة جلولاء للبنات",
                            "Jalawla Intermediate School for Girls",
                            "Jalawla",
                            SchoolLevel.INTERMEDIATE,
                            SchoolType.GIRLS,
                            420,
                            "Nasrin Qadir",
                            "head.jalawla-girls@schools.example",
                            Language.CKB),
                    new SchoolSeed(
                            "ثانوية الخالص للبنين",
                            "Al-Khalis Secondary School for Boys",
                            "Khalis",
                            SchoolLevel.SECONDARY,
                            SchoolType.BOYS,
                            700,
                            "Ahmed Hamid",
                            "head.khalis@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "متوسطة الرافدين للبنات",
                            "Al-Rafidain Intermediate School for Girls",
                            "Khalis",
                            SchoolLevel.INTERMEDIATE,
                            SchoolType.GIRLS,
                            460,
                            "Sana Abbas",
                            "head.rafidain@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "مدرسة دجلة الابتدائية",
                            "Dijla Primary School",
                            "Khalis",
                            SchoolLevel.PRIMARY,
                            SchoolType.MIXED,
                            350,
                            "Kareem Yousif",
                            "head.dijla@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "إعدادية شهربان للبنين",
                            "Sharaban Preparatory School for Boys",
                            "Sharaban",
                            SchoolLevel.SECONDARY,
                            SchoolType.BOYS,
                            610,
                            "Mustafa Adnan",
                            "head.sharaban@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "ثانوية المقدادية للبنات",
                            "Al-Muqdadiya Secondary School for Girls",
                            "Sharaban",
                            SchoolLevel.SECONDARY,
                            SchoolType.GIRLS,
                            540,
                            "Rasha Fadhil",
                            "head.muqdadiya@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "متوسطة الحرية المختلطة",
                            "Al-Hurriya Mixed Intermediate School",
                            "Sharaban",
                            SchoolLevel.INTERMEDIATE,
                            SchoolType.MIXED,
                            300,
                            "Layla Hassan",
                            "head.hurriya@schools.example",
                            Language.EN),
                    new SchoolSeed(
                            "إعدادية بعقوبة للبنين",
                            "Baquba Preparatory School for Boys",
                            "Baquba",
                            SchoolLevel.SECONDARY,
                            SchoolType.BOYS,
                            820,
                            "Ali Kareem",
                            "head.baquba-prep@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "ثانوية ديالى للبنات",
                            "Diyala Secondary School for Girls",
                            "Baquba",
                            SchoolLevel.SECONDARY,
                            SchoolType.GIRLS,
                            760,
                            "Noor Sabah",
                            "head.diyala-girls@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "متوسطة بعقوبة المختلطة",
                            "Baquba Mixed Intermediate School",
                            "Baquba",
                            SchoolLevel.INTERMEDIATE,
                            SchoolType.MIXED,
                            480,
                            "Saad Mahdi",
                            "head.baquba-mixed@schools.example",
                            Language.AR),
                    new SchoolSeed(
                            "مدرسة المعرفة الابتدائية",
                            "Al-Maarifa Primary School",
                            "Baquba",
                            SchoolLevel.PRIMARY,
                            SchoolType.MIXED,
                            430,
                            "Maryam Ibrahim",
                            "head.maarifa@schools.example",
                            Language.EN));

    private static final Set<String> WOMEN = Set.of("Laila Hassan", "Hana Mohammed", "Dunya Raad");

    private static final List<VolunteerSeed> VOLUNTEERS =
            List.of(
                    new VolunteerSeed(
                            "Laila Hassan",
                            "laila.hassan@demo.example",
                            "+964 750 111 2233",
                            false,
                            Language.AR,
                            List.of(Language.AR, Language.EN)),
                    new VolunteerSeed(
                            "Bassam Yousif",
                            "bassam.yousif@demo.example",
                            "+964 770 222 3344",
                            false,
                            Language.EN,
                            List.of(Language.AR, Language.EN)),
                    new VolunteerSeed(
                            "Captain Rebwar Omer",
                            "rebwar.omer@demo.example",
                            "+964 750 333 4455",
                            true,
                            Language.CKB,
                            List.of(Language.CKB, Language.AR)),
                    new VolunteerSeed(
                            "Lieutenant Saif Jabbar",
                            "saif.jabbar@demo.example",
                            "+964 780 444 5566",
                            true,
                            Language.AR,
                            List.of(Language.AR)),
                    new VolunteerSeed(
                            "Hana Mohammed",
                            "hana.mohammed@demo.example",
                            "+964 750 555 6677",
                            false,
                            Language.CKB,
                            List.of(Language.CKB, Language.AR, Language.EN)),
                    new VolunteerSeed(
                            "Abbas Khalil",
                            "abbas.khalil@demo.example",
                            "+964 770 666 7788",
                            false,
                            Language.AR,
                            List.of(Language.AR)),
                    new VolunteerSeed(
                            "Major Aras Kamal",
                            "aras.kamal@demo.example",
                            "+964 750 777 8899",
                            true,
                            Language.CKB,
                            List.of(Language.CKB, Language.AR)),
                    new VolunteerSeed(
                            "Dunya Raad",
                            "dunya.raad@demo.example",
                            "+964 780 888 9900",
                            false,
                            Language.AR,
                            List.of(Language.AR, Language.EN)));

    /** Part of start-up, in the order of {@link Startup#DEMO_DATA}; one transaction, like load. */
    @Transactional
    void onStarting(@Observes @Priority(Startup.DEMO_DATA) Startup.Starting starting) {
        if (settings.demoData()) {
            load();
        }
    }

    /** Loads the demo unless it is there already. */
    @Transactional
    public void load() {
        boolean present =
                !em.createQuery("select f.id from Forum f where f.name = :name", Long.class)
                        .setParameter("name", FORUM)
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty();
        if (present) {
            LOG.info("Demo data is present already");
            return;
        }
        Forum khanaqin = new Forum(FORUM, "Diyala", "Khanaqin");
        khanaqin.setPhone("+964 770 215 4410");
        khanaqin.setEmail("khanaqin.cpf@example.org");
        forums.create(khanaqin);
        Forum baquba = new Forum("Baquba Community Policing Forum", "Diyala", "Baquba");
        baquba.setPhone("+964 780 331 2207");
        baquba.setEmail("baquba.cpf@example.org");
        forums.create(baquba);

        List<School> demoSchools = new ArrayList<>();
        for (SchoolSeed seed : SCHOOLS) {
            // Every other head teacher lives on their phone: texts as well as emails (issue 18).
            boolean texts = demoSchools.size() % 2 == 0;
            String mobile =
                    texts ? String.format("0770 215 %04d", 1000 + demoSchools.size()) : null;
            demoSchools.add(
                    schools.create(
                            s -> {
                                s.setName(seed.name());
                                s.setNameLatin(seed.latin());
                                s.setGovernorate("Diyala");
                                s.setDistrict(seed.district());
                                s.setLevel(seed.level());
                                s.setType(seed.type());
                                s.setStudents(seed.students());
                                s.setContacts(
                                        List.of(
                                                new Contact(
                                                        seed.contact(),
                                                        seed.email(),
                                                        null,
                                                        seed.language(),
                                                        mobile,
                                                        texts ? Channel.BOTH : Channel.EMAIL)));
                                s.setForum(khanaqin);
                                // The forum asked each school before its police officers went.
                                s.setPoliceConsent(true);
                            }));
        }
        List<Volunteer> team = new ArrayList<>();
        for (VolunteerSeed seed : VOLUNTEERS) {
            Volunteer volunteer =
                    volunteers.create(
                            (v, refusals) -> {
                                v.setName(seed.name());
                                v.setEmail(seed.email());
                                v.setPhone(seed.phone());
                                v.setPoliceOfficer(seed.police());
                                v.setLanguage(seed.language());
                                v.setLanguages(seed.languages());
                                v.setForum(khanaqin);
                                v.setVettedUntil(LocalDate.now(clock).plusYears(1));
                                v.setAvailability(
                                        WOMEN.contains(seed.name()) ? Gender.FEMALE : Gender.MALE,
                                        "Khanaqin",
                                        seed.police() ? "Khanaqin community police" : null,
                                        null,
                                        List.of(),
                                        List.of());
                            });
            users.create(
                    seed.email(),
                    seed.name(),
                    PASSWORD,
                    Role.VOLUNTEER,
                    seed.language(),
                    volunteer);
            team.add(volunteer);
        }
        users.scope(
                users.create(
                        ORGANISER_EMAIL,
                        ORGANISER_NAME,
                        PASSWORD,
                        Role.ORGANISER,
                        Language.EN,
                        null),
                Set.of(khanaqin),
                null);
        users.scope(
                users.create(
                        COORDINATOR_EMAIL,
                        "Captain Layla Hassan",
                        PASSWORD,
                        Role.COORDINATOR,
                        Language.AR,
                        null),
                null,
                "Diyala");

        ZoneId zone = settings.timeZone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Campaign> demoCampaigns =
                List.of(
                        campaign(
                                khanaqin,
                                "drugs",
                                "Drug-free schools of Diyala 2026",
                                "Sessions on the dangers of drugs and where pupils can find help.",
                                today,
                                zone),
                        campaign(
                                khanaqin,
                                "harassment",
                                "Safe schools: speaking up about harassment",
                                "What sexual harassment is, how to refuse it and whom to tell.",
                                today,
                                zone),
                        campaign(
                                khanaqin,
                                "internet-misuse",
                                "Safe online: cyber-bullying, extortion and scams",
                                "Recognising online extortion and scams, and protecting one's accounts and pictures.",
                                today,
                                zone));

        for (int i = 0; i < 15; i++) {
            Campaign campaign = demoCampaigns.get(i % demoCampaigns.size());
            School school = demoSchools.get((i * 7) % demoSchools.size());
            LocalDate day = schoolDay(today.plusDays(3L + i * 2L), true);
            var start = day.atTime(LocalTime.of(9 + (i % 3), 0)).atZone(zone).toInstant();
            Volunteer lead = team.get(i % team.size());
            Volunteer partner = team.get((i + 3) % team.size());
            if (!campaign.getTopic()
                    .safeguardingBroken(
                            school.isForGirls(),
                            true,
                            true,
                            lead.isWoman() || partner.isWoman(),
                            false)
                    .isEmpty()) {
                // A visit on harassment to a girls' school has a woman on its team.
                partner =
                        team.stream()
                                .filter(v -> v.isWoman() && v != lead)
                                .findFirst()
                                .orElse(partner);
            }
            List<Long> volunteerIds = List.of(lead.getId(), partner.getId());
            visits.schedule(
                    ForumScope.NATIONAL,
                    new Visits.Plan(
                            campaign.getId(),
                            school.getId(),
                            start,
                            90,
                            volunteerIds,
                            Math.min(120, school.getStudents() / 4),
                            lessonFor(campaign, school),
                            ORGANISER_EMAIL,
                            ORGANISER_NAME,
                            null));
        }
        held(demoCampaigns, demoSchools, team, today, zone);
        // The reach ledger's adults: a workshop for police officers and a training for teachers and
        // parents.
        trainings.create(
                ForumScope.NATIONAL,
                new Trainings.Description(
                        khanaqin.getId(),
                        demoCampaigns.get(0).getId(),
                        TrainingKind.WORKSHOP,
                        "Community policing and drug prevention for police officers",
                        today.minusDays(5),
                        null,
                        null,
                        2,
                        null,
                        List.of(new Attendance(AdultRole.POLICE, 4, 18))),
                ORGANISER_EMAIL);
        trainings.create(
                ForumScope.NATIONAL,
                new Trainings.Description(
                        khanaqin.getId(),
                        demoCampaigns.get(2).getId(),
                        TrainingKind.TRAINING,
                        "Online extortion: recognising it and referring pupils",
                        today.minusDays(3),
                        null,
                        null,
                        1,
                        null,
                        List.of(
                                new Attendance(AdultRole.TEACHER, 14, 9),
                                new Attendance(AdultRole.COMMUNITY, 6, 3))),
                ORGANISER_EMAIL);
        LOG.infof(
                "Loaded the demo: %d schools, %d volunteers, %d campaigns, 15 visits ahead and %d reported; log in as %s / %s",
                demoSchools.size(),
                team.size(),
                demoCampaigns.size(),
                HELD.size(),
                ORGANISER_EMAIL,
                PASSWORD);
    }

    /**
     * A visit the demo's campaigns have held already: days ago, the school, and the pupils by
     * grade.
     */
    private record Held(int campaign, int daysAgo, int school, List<Grade> grades, int teachers) {}

    /**
     * The day itself when schools are open (Sunday to Thursday in Iraq), else the Thursday before a
     * Friday or Saturday, or for a coming visit the Sunday after a Saturday. The demo's visits are
     * at least two days apart, so no two land on the same day; held visits only move back, so they
     * stay in the past.
     */
    static LocalDate schoolDay(LocalDate day, boolean coming) {
        return switch (day.getDayOfWeek()) {
            case FRIDAY -> day.minusDays(1);
            case SATURDAY -> coming ? day.plusDays(1) : day.minusDays(2);
            default -> day;
        };
    }

    private static final List<Held> HELD =
            List.of(
                    new Held(0, 20, 0, List.of(new Grade("10", 0, 34), new Grade("11", 0, 29)), 3),
                    new Held(1, 16, 1, List.of(new Grade("10", 31, 0), new Grade("12", 27, 0)), 2),
                    new Held(2, 12, 5, List.of(new Grade("7", 26, 0), new Grade("8", 22, 0)), 2),
                    new Held(0, 9, 12, List.of(new Grade("5", 18, 17), new Grade("6", 15, 19)), 2),
                    new Held(2, 4, 17, List.of(new Grade("11", 36, 0)), 1));

    /**
     * So that the Reports page and the digest have something to show from the start: visits held in
     * the weeks before, entered after the fact (nobody is invited to them), each reported by its
     * lead with attendance by grade and one class's quiz before and after the session. Recording
     * them queues their summary emails.
     */
    private void held(
            List<Campaign> demoCampaigns,
            List<School> demoSchools,
            List<Volunteer> team,
            LocalDate today,
            ZoneId zone) {
        for (int i = 0; i < HELD.size(); i++) {
            Held held = HELD.get(i);
            int seed = i;
            Campaign campaign = demoCampaigns.get(held.campaign());
            School school = demoSchools.get(held.school());
            Volunteer lead = team.get((i + 1) % team.size());
            var start =
                    schoolDay(today.minusDays(held.daysAgo()), false)
                            .atTime(LocalTime.of(10, 0))
                            .atZone(zone)
                            .toInstant();
            Visit visit =
                    visits.enterHeld(
                            ForumScope.NATIONAL,
                            new Visits.Plan(
                                    campaign.getId(),
                                    school.getId(),
                                    start,
                                    90,
                                    List.of(lead.getId(), team.get((i + 5) % team.size()).getId()),
                                    held.grades().stream()
                                            .mapToInt(g -> g.girls() + g.boys())
                                            .sum(),
                                    lessonFor(campaign, school),
                                    ORGANISER_EMAIL,
                                    ORGANISER_NAME,
                                    null));
            List<QuizReport> quizzes =
                    visit.getMaterials().stream()
                            .findFirst()
                            .map(Participations::questions)
                            .filter(questions -> !questions.isEmpty())
                            .map(
                                    questions ->
                                            List.of(
                                                    quiz(
                                                            held.grades().get(0),
                                                            questions.size(),
                                                            seed)))
                            .orElse(List.of());
            participations.record(
                    visit.getId(),
                    new Participations.Report(
                            null,
                            null,
                            held.teachers(),
                            held.grades().size(),
                            null,
                            held.grades(),
                            quizzes),
                    lead.getEmail());
        }
    }

    /**
     * The first grade's class: fewer than half right before the session, most after it, varying by
     * question.
     */
    private static QuizReport quiz(Grade grade, int questions, int seed) {
        int pupils = grade.girls() + grade.boys();
        List<Integer> pre = new ArrayList<>();
        List<Integer> post = new ArrayList<>();
        for (int q = 0; q < questions; q++) {
            pre.add(pupils * (30 + (q * 7 + seed * 5) % 20) / 100);
            post.add(pupils * (70 + (q * 11 + seed * 3) % 25) / 100);
        }
        return new QuizReport(
                "Grade " + grade.grade(), null, new Side(pupils, pre), new Side(pupils, post));
    }

    /**
     * The library's approved lesson for the campaign's topic and the school's age band, if it has
     * one.
     */
    private List<Long> lessonFor(Campaign campaign, School school) {
        return materials
                .list(
                        campaign.getTopic().getSlug(),
                        school.getLevel(),
                        null,
                        null,
                        ApprovalState.APPROVED,
                        0,
                        1)
                .items()
                .stream()
                .map(Material::getId)
                .toList();
    }

    private Campaign campaign(
            Forum forum,
            String topic,
            String name,
            String description,
            LocalDate today,
            ZoneId zone) {
        return campaigns.create(
                (c, refusals) -> {
                    c.setName(name);
                    c.setTopic(campaigns.topic(topic));
                    c.setForum(forum);
                    c.setDescription(description);
                    c.setGovernorate("Diyala");
                    c.setDistricts(
                            List.of(
                                    "Khanaqin",
                                    "Mandali",
                                    "Sa'diya",
                                    "Jalawla",
                                    "Khalis",
                                    "Sharaban",
                                    "Baquba"));
                    c.setStartDate(today.minusDays(30));
                    c.setEndDate(today.plusDays(90));
                    c.setStatus(CampaignStatus.ACTIVE);
                    c.setTimeZone(zone.getId());
                    c.setTargetSchools(20);
                    c.setTargetStudents(4000);
                    c.setReminders(ReminderRule.DEFAULTS);
                });
    }
}
