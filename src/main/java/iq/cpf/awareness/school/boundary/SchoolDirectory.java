package iq.cpf.awareness.school.boundary;

import iq.cpf.awareness.platform.boundary.FacesProblems;
import iq.cpf.awareness.platform.boundary.Paging;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * The school directory: search by name and district, and import a spreadsheet of schools (CSV,
 * UTF-8), all or nothing, with the refused lines and fields listed. It goes through the schools
 * resource, like the API.
 */
@Named
@ViewScoped
public class SchoolDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject SchoolsResource resource;
    @Inject FacesProblems problems;

    private String query;
    private String district;

    public List<SchoolView> getSchools() {
        return resource.list(
                        null,
                        district == null || district.isBlank() ? null : district,
                        null,
                        null,
                        query == null || query.isBlank() ? null : query,
                        new Paging(0, Paging.MAX_SIZE))
                .items();
    }

    public void upload(FileUploadEvent event) {
        try {
            String csv = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
            SchoolsResource.Imported imported = resource.importCsv(null, csv);
            problems.info("schools.imported", imported.imported());
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
