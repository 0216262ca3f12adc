package iq.cpf.awareness.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Auto-planning at the size of a governorate's campaign: 300 schools in six districts of Diyala with the federal
 * calendar (Friday and Saturday off, an Eid holiday, a week of exams), morning, afternoon and evening shifts, a sixth
 * of them taught in Sorani, and 40 volunteers with weekly hours, dates away, a weekly most, languages, gender,
 * vetting and police officers; a harassment campaign, so every safeguarding rule applies. Over eight weeks it asks
 * the server for the solver's proposal (30 seconds) and for a greedy first fit on the same input ("search":
 * "first-fit", the same rules scoring it), and prints both side by side: visits placed, hard rules broken, the soft
 * score, and the time to the answer.
 */
public final class PlanningBenchmark {

    private static final int SCHOOLS = 300;
    private static final int VOLUNTEERS = 40;
    private static final int SECONDS = 30;
    private static final List<String> DISTRICTS =
            List.of("Khanaqin", "Jalawla", "Baqubah", "Muqdadiyah", "Balad Ruz", "Khalis");

    private final Api api = new Api("http://localhost:8080/", BenchServer.ADMIN, BenchServer.PASSWORD);
    private final Random random = new Random(17);

    public static void main(String[] args) throws Exception {
        new PlanningBenchmark().run(Path.of(args[0]).toAbsolutePath());
    }

    private void run(Path server) throws Exception {
        Path data = Files.createTempDirectory("awareness-planning-bench");
        try (BenchServer wildfly = BenchServer.start(server, data, Map.of())) {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Baghdad"));
            LocalDate from = today.plusDays(7).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            LocalDate to = from.plusWeeks(8).minusDays(1);
            long forum = api.create("/api/forums", Api.object().put("name", "Diyala bench CPF")
                    .put("governorate", "Diyala").put("district", "Baqubah"));
            calendar(today, from);
            List<Long> schools = schools(forum);
            volunteers(forum, from, to);
            long campaign = api.create("/api/campaigns", Api.object().put("name", "Safe schools (bench)")
                    .put("topic", "harassment").put("forumId", forum).put("governorate", "Diyala")
                    .put("startDate", today.toString()).put("endDate", to.plusDays(1).toString())
                    .put("status", "active"));
            JsonNode solver = plan(campaign, schools, from, to, "local-search");
            JsonNode greedy = plan(campaign, schools, from, to, "first-fit");
            System.out.printf("%nAuto-planning: %d schools, %d volunteers, %s to %s (8 weeks), harassment topic%n",
                    SCHOOLS, VOLUNTEERS, from, to);
            System.out.printf("%-28s %10s %10s %22s %10s%n", "search", "placed", "unplaced", "score", "seconds");
            for (JsonNode plan : List.of(solver, greedy)) {
                System.out.printf("%-28s %10d %10d %22s %10.1f%n", plan.get("search").asText(),
                        plan.get("visits").size(), plan.get("unplaced").size(), plan.get("score").asText(),
                        plan.get("seconds").asDouble());
            }
            Map<String, Integer> reasons = new TreeMap<>();
            solver.get("unplaced").forEach(u -> reasons.merge(u.get("reason").asText(), 1, Integer::sum));
            System.out.println("unplaced by the solver, by reason: " + reasons);
        }
    }

    /** Diyala's (federal) calendar: a term over the eight weeks, an Eid holiday in week 3, exams in week 6. */
    private void calendar(LocalDate today, LocalDate from) {
        ObjectNode calendar = Api.object();
        ArrayNode periods = calendar.putArray("periods");
        periods.add(period("term", "Second term", today, from.plusWeeks(10)));
        periods.add(period("holiday", "Eid al-Fitr", from.plusWeeks(2).plusDays(1), from.plusWeeks(2).plusDays(4)));
        periods.add(period("exams", "Mid-term exams", from.plusWeeks(5), from.plusWeeks(5).plusDays(4)));
        put("/api/calendars/Diyala", calendar);
    }

    private static ObjectNode period(String kind, String name, LocalDate first, LocalDate last) {
        return Api.object().put("kind", kind).put("name", name).put("from", first.toString())
                .put("to", last.toString());
    }

    private List<Long> schools(long forum) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < SCHOOLS; i++) {
            ObjectNode school = Api.object().put("forumId", forum).put("name", "مدرسة " + i)
                    .put("nameLatin", "School " + i).put("governorate", "Diyala")
                    .put("district", DISTRICTS.get(i % DISTRICTS.size()))
                    .put("level", i % 3 == 0 ? "primary" : i % 3 == 1 ? "intermediate" : "secondary")
                    .put("type", i % 3 == 0 ? "girls" : i % 3 == 1 ? "boys" : "mixed").put("students", 300);
            school.putArray("contacts").addObject().put("name", "Head " + i)
                    .put("email", "head" + i + "@schools.bench").put("language", "ar");
            long id = api.create("/api/schools", school);
            int shift = random.nextInt(10);
            ObjectNode planning = Api.object()
                    .put("teachingLanguage", i % 6 == 5 ? "ckb" : "ar")
                    .put("policeConsent", random.nextInt(10) < 7)
                    .put("version", 0);
            if (shift < 6) {
                planning.put("shift", "morning").put("shiftStart", "07:30").put("shiftEnd", "12:30");
            } else if (shift < 9) {
                planning.put("shift", "afternoon").put("shiftStart", "12:30").put("shiftEnd", "17:00");
            } else {
                planning.put("shift", "evening").put("shiftStart", "17:00").put("shiftEnd", "20:00");
            }
            put("/api/schools/" + id + "/calendar", planning);
            ids.add(id);
        }
        return ids;
    }

    private void volunteers(long forum, LocalDate from, LocalDate to) {
        String[] days = {"sunday", "monday", "tuesday", "wednesday", "thursday"};
        for (int i = 0; i < VOLUNTEERS; i++) {
            boolean police = i % 5 == 0;
            ObjectNode volunteer = Api.object().put("forumId", forum).put("name", "Volunteer " + i)
                    .put("email", "volunteer" + i + "@cpf.bench").put("language", "ar")
                    .put("policeOfficer", police);
            volunteer.putArray("languages").add("ar");
            if (i % 4 == 0) {
                ((ArrayNode) volunteer.get("languages")).add("ckb");
            }
            if (i % 10 != 9) {
                volunteer.put("vettedUntil", to.plusMonths(6).toString());
            }
            long id = api.create("/api/volunteers", volunteer);
            ObjectNode availability = Api.object().put("gender", i % 5 < 2 ? "female" : "male")
                    .put("homeDistrict", DISTRICTS.get(i % DISTRICTS.size())).put("maxVisitsPerWeek", 4);
            ArrayNode windows = availability.putArray("windows");
            for (String day : days) {
                if (i % 3 == 0) {
                    windows.addObject().put("day", day).put("start", "07:30").put("end", "13:00");
                } else if (i % 3 == 1) {
                    windows.addObject().put("day", day).put("start", "12:00").put("end", "20:00");
                } else {
                    windows.addObject().put("day", day).put("start", "07:30").put("end", "20:00");
                }
            }
            if (i % 4 == 1) {
                LocalDate away = from.plusDays(random.nextInt(50));
                availability.putArray("away").addObject().put("from", away.toString())
                        .put("to", away.plusDays(6).toString());
            }
            put("/api/volunteers/" + id + "/availability", availability);
        }
    }

    private void put(String path, Object body) {
        var response = api.send("PUT", path, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private JsonNode plan(long campaign, List<Long> schools, LocalDate from, LocalDate to, String search)
            throws InterruptedException {
        ObjectNode request = Api.object().put("from", from.toString()).put("to", to.toString())
                .put("secondsLimit", SECONDS).put("search", search);
        ArrayNode ids = request.putArray("schoolIds");
        schools.forEach(ids::add);
        long started = System.nanoTime();
        long id = api.post("/api/campaigns/" + campaign + "/plans", request).get("id").asLong();
        long deadline = started + Duration.ofSeconds(SECONDS + 120).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode plan = api.get("/api/plans/" + id);
            if (!"solving".equals(plan.get("status").asText())) {
                ((ObjectNode) plan).put("seconds", (System.nanoTime() - started) / 1e9);
                return plan;
            }
            new CountDownLatch(1).await(250, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("plan " + id + " was not solved in time");
    }
}
