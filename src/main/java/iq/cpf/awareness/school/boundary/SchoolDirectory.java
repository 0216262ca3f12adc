package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InTransaction;
import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.school.control.Schools;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The school directory: search by name and district, and import a spreadsheet of schools (CSV,
 * UTF-8), all or nothing, with the refused lines and fields listed. It imports through the same
 * service as the API, so the checks and messages are the API's.
 */
@Named
@ViewScoped
public class SchoolDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Schools schools;
    @Inject Caller caller;
    @Inject FacesProblems problems;

    private String query;
    private String district;

    @InTransaction
    public List<SchoolView> getSchools() {
        return schools.list(
                        caller.scope(),
                        null,
                        district == null || district.isBlank() ? null : district,
                        null,
                        null,
                        query == null || query.isBlank() ? null : query,
                        0,
                        Paging.MAX_SIZE)
                .map(SchoolView::of)
                .items();
    }

    public void upload(FileUploadEvent event) {
        try {
            String csv = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
            problems.info("schools.imported", schools.importCsv(caller.scope(), null, csv));
        } catch (RuntimeException refused) {
            problems.show(refused);
        }
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
