package org.tracker.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An event's name in the published vocabulary (`development.recorded`, `watch-item.resolved`): what
 * the live stream, the dashboard and other tools call it. Stable: Java class names may change,
 * these do not. Every event of a stream's sealed interface carries one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventName {
  String value();
}
