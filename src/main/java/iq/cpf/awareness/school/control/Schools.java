package iq.cpf.awareness.school.control;

import iq.cpf.awareness.platform.boundary.Page;
import iq.cpf.awareness.platform.control.Checks;
import iq.cpf.awareness.platform.control.Where;
import iq.cpf.awareness.school.entity.School;
import iq.cpf.awareness.school.entity.SchoolLevel;
import iq.cpf.awareness.school.entity.SchoolType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;

@ApplicationScoped
@Transactional
public class Schools {

    @PersistenceContext
    EntityManager em;
    @Inject
    Checks checks;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<School> list(String governorate, String district, SchoolLevel level, SchoolType type, String query,
                             int first, int size) {
        Where where = new Where()
                .equal("s.governorate", "governorate", governorate)
                .equal("s.district", "district", district)
                .equal("s.level", "level", level)
                .equal("s.type", "type", type);
        if (query != null && !query.isBlank()) {
            where.when(true, "(lower(s.name) like :q or lower(s.nameLatin) like :q)", "q",
                    "%" + query.trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return where.page(em, "School s", "s", "s.name, s.id", School.class, first, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public School get(long id) {
        return checks.existing(School.class, id, "school");
    }

    public School create(Consumer<School> fill) {
        School school = new School();
        fill.accept(school);
        em.persist(checks.valid(school));
        em.flush();
        return school;
    }

    public School update(long id, Integer version, Consumer<School> change) {
        School school = get(id);
        Checks.sameVersion(version, school.getVersion());
        change.accept(school);
        checks.valid(school);
        em.flush();
        return school;
    }
}
