package iq.cpf.awareness.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;

/** Runs an {@link InTransaction} method through {@link Transactions}, in Narayana's own way. */
@InTransaction
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class InTransactionInterceptor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject Transactions transactions;

    @AroundInvoke
    Object inTransaction(InvocationContext invocation) throws Exception {
        return transactions.required(invocation::proceed);
    }
}
