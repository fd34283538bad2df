package org.tracker.infrastructure.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST that answers 201 with {@code Location} when it records something new, and 200 with what is
 * recorded when the same request is repeated ({@link ApiDocumentation} says so in the API's
 * document).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Creates {}
