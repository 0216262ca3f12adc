package iq.cpf.awareness.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.concurrent.Callable;

/** A JTA transaction around a piece of work, for {@link InTransactionInterceptor}. */
@ApplicationScoped
public class Transactions {

    /** Joins the caller's transaction or begins one, as {@code @Transactional} does. */
    @Transactional
    public Object required(Callable<Object> work) throws Exception {
        return work.call();
    }
}
