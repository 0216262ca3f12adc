package iq.cpf.awareness.platform.boundary;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/**
 * {@code ?page=&size=} of every list. Read as text and checked here: a JAX-RS conversion failure of
 * a query parameter would answer 404, which tells a client nothing about its mistake.
 */
public class Paging {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    String page;

    @QueryParam("size")
    @DefaultValue("20")
    String size;

    public Paging() {}

    public Paging(int page, int size) {
        this.page = String.valueOf(page);
        this.size = String.valueOf(size);
    }

    public int page() {
        return Params.integer("page", page, 0, 1_000_000);
    }

    public int size() {
        return Params.integer("size", size, 1, MAX_SIZE);
    }

    public int first() {
        return page() * size();
    }

    /** Throws the violation now, before any query runs. */
    public Paging checked() {
        page();
        size();
        return this;
    }
}
