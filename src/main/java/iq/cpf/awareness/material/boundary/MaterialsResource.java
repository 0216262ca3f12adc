package iq.cpf.awareness.material.boundary;

import iq.cpf.awareness.material.control.LessonText;
import iq.cpf.awareness.material.control.MaterialFiles;
import iq.cpf.awareness.material.control.Materials;
import iq.cpf.awareness.material.entity.ApprovalState;
import iq.cpf.awareness.material.entity.Material;
import iq.cpf.awareness.material.entity.MaterialFile;
import iq.cpf.awareness.platform.Caller;
import iq.cpf.awareness.platform.InvalidInput;
import iq.cpf.awareness.platform.Language;
import iq.cpf.awareness.platform.Page;
import iq.cpf.awareness.platform.Role;
import iq.cpf.awareness.platform.boundary.Paging;
import iq.cpf.awareness.platform.boundary.Params;
import iq.cpf.awareness.platform.boundary.Refuses;
import iq.cpf.awareness.school.entity.SchoolLevel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

@Path("materials")
@RequestScoped
@Transactional
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaterialsResource {

    @Inject Materials materials;
    @Inject MaterialFiles files;
    @Inject Caller caller;

    @Operation(
            summary = "List lesson materials",
            description =
                    "Organisers see every lesson; anyone else only those with an approved version.")
    @GET
    public Page<MaterialView> list(
            @QueryParam("topic") String topic,
            @QueryParam("ageBand") String ageBand,
            @QueryParam("language") String language,
            @QueryParam("text") String text,
            @QueryParam("state") String state,
            @BeanParam Paging paging) {
        ApprovalState wanted = Params.enumeration("state", state, ApprovalState.class);
        boolean organiser = caller.isOrganiser();
        return materials
                .list(
                        topic,
                        Params.enumeration("ageBand", ageBand, SchoolLevel.class),
                        Params.enumeration("language", language, Language.class),
                        text,
                        organiser ? wanted : ApprovalState.APPROVED,
                        paging.first(),
                        paging.size())
                .map(m -> MaterialView.seenBy(m, organiser));
    }

    /**
     * Organisers see every version; anyone else only lessons that have an approved one, and only
     * that one.
     */
    @Operation(
            summary = "Get a lesson material",
            description = "Organisers see every version; anyone else only the approved one.")
    @GET
    @Path("{id}")
    public MaterialView get(@PathParam("id") String id) {
        boolean organiser = caller.isOrganiser();
        return MaterialView.seenBy(materials.visible(Params.pathId(id), organiser), organiser);
    }

    @Operation(
            summary = "Get one version of a lesson",
            description = "Its texts with Markdown, sanitised HTML and quiz.")
    @GET
    @Path("{id}/versions/{number}")
    public VersionView version(@PathParam("id") String id, @PathParam("number") String number) {
        return VersionView.of(
                materials.visibleVersion(
                        Params.pathId(id), versionNumber(number), caller.isOrganiser()));
    }

    @Operation(summary = "Create a lesson", description = "Its first version, a draft.")
    @APIResponseSchema(
            value = MaterialView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response create(@NotNull(message = "{field.required}") MaterialInput body) {
        Material material = materials.create(body.topic(), body.ageBand(), texts(body), author());
        return Response.created(
                        UriBuilder.fromResource(MaterialsResource.class)
                                .path(String.valueOf(material.getId()))
                                .build())
                .entity(MaterialView.of(material))
                .build();
    }

    /**
     * An edit makes the next version, a draft; the lesson's approved version stays in use until it
     * is approved.
     */
    @Operation(
            summary = "Edit a lesson",
            description =
                    "Makes the next version, a draft; the approved version stays in use until this one is approved.")
    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public MaterialView revise(
            @PathParam("id") String id, @NotNull(message = "{field.required}") MaterialInput body) {
        return MaterialView.of(
                materials
                        .revise(Params.pathId(id), body.version(), texts(body), author())
                        .getMaterial());
    }

    @Operation(
            summary = "Approve a version of a lesson",
            description = "Retires the version approved before.")
    @POST
    @Path("{id}/versions/{number}/approve")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public MaterialView approve(@PathParam("id") String id, @PathParam("number") String number) {
        return MaterialView.of(
                materials.approve(Params.pathId(id), versionNumber(number)).getMaterial());
    }

    @Operation(summary = "Retire a version of a lesson")
    @POST
    @Path("{id}/versions/{number}/retire")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public MaterialView retire(@PathParam("id") String id, @PathParam("number") String number) {
        return MaterialView.of(
                materials.retire(Params.pathId(id), versionNumber(number)).getMaterial());
    }

    /**
     * A file for the lesson, as the multipart part {@code file}; its type is judged from its bytes.
     */
    @Operation(
            summary = "Attach a file to a lesson",
            description =
                    "The multipart part file, typed from its bytes: PDF, PPTX, DOCX, PNG, JPEG or MP4 (415 otherwise); larger than UPLOAD_MAX_BYTES answers 413.")
    @Refuses(413)
    @APIResponseSchema(
            value = FileView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response upload(@PathParam("id") String id, @FormParam("file") EntityPart part) {
        if (part == null) {
            throw new InvalidInput("file", "field.required");
        }
        long materialId = Params.pathId(id);
        try (InputStream content = part.getContent()) {
            MaterialFile file =
                    files.upload(materialId, part.getFileName().orElse(null), content, author());
            return Response.created(
                            URI.create("/api/materials/" + materialId + "/files/" + file.getId()))
                    .entity(FileView.of(file))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(
            summary = "Attach a link to a lesson",
            description = "Material kept elsewhere, such as a video: its name and URL.")
    @APIResponseSchema(
            value = FileView.class,
            responseCode = "201",
            responseDescription = "Created; the Location header is its address")
    @POST
    @Path("{id}/links")
    @RolesAllowed(Role.ORGANISER_GROUP)
    public Response link(
            @PathParam("id") String id, @NotNull(message = "{field.required}") LinkInput body) {
        long materialId = Params.pathId(id);
        MaterialFile file = files.link(materialId, body.name(), body.url(), author());
        return Response.created(
                        URI.create("/api/materials/" + materialId + "/files/" + file.getId()))
                .entity(FileView.of(file))
                .build();
    }

    /**
     * The stored bytes as they were uploaded, always as an attachment; a link answers with where it
     * points.
     */
    @Operation(
            summary = "Download a file of a lesson",
            description =
                    "The stored bytes as they were uploaded, always as an attachment; a link answers with where it points.")
    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Transactional(Transactional.TxType.SUPPORTS)
    public Response download(@PathParam("id") String id, @PathParam("fileId") String fileId) {
        if (!caller.isOrganiser()) {
            materials.visible(Params.pathId(id), false);
        }
        MaterialFile file = files.get(Params.pathId(id), Params.pathId(fileId));
        if (file.getKind() == MaterialFile.Kind.LINK) {
            return Response.seeOther(URI.create(file.getUrl())).build();
        }
        var path = files.path(file);
        StreamingOutput body = out -> Files.copy(path, out);
        Response.ResponseBuilder response =
                Response.ok(body, file.getContentType())
                        .header(HttpHeaders.CONTENT_LENGTH, file.getSizeBytes());
        MaterialFiles.downloadHeaders(file).forEach(response::header);
        return response.build();
    }

    private String author() {
        return caller.email().orElse(null);
    }

    private static int versionNumber(String number) {
        return Params.integer("number", number, 1, Integer.MAX_VALUE);
    }

    private static List<LessonText> texts(MaterialInput body) {
        return body.texts() == null
                ? null
                : body.texts().stream()
                        .map(
                                t ->
                                        t == null
                                                ? null
                                                : new LessonText(
                                                        t.language(),
                                                        t.title(),
                                                        t.durationMinutes(),
                                                        t.markdown(),
                                                        t.quiz()))
                        .toList();
    }
}
