package iq.cpf.awareness.platform;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * {@code @Transactional} (REQUIRED, rolled back on a runtime exception) for view- and
 * session-scoped beans. Their interceptors are serialized with them into the cluster's session
 * cache, and Narayana's {@code @Transactional} interceptor holds a proxy of its transaction manager
 * that no other node can deserialize (WELD-001435): one such bean in a session lost the whole
 * session at failover. This binding's interceptor holds only a proxy of an application-scoped bean,
 * which does.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface InTransaction {}
