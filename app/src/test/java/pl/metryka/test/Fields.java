package pl.metryka.test;

import java.lang.reflect.Field;

/**
 * Sets a private field as the container's injection or persistence would: for unit tests that make
 * a bean or an entity by hand and give it its collaborators, or a state only the database gives.
 */
public final class Fields {

    private Fields() {}

    /** Sets the field {@code name} declared by {@code target}'s own class, and returns {@code target}. */
    public static <T> T set(T target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name + " of " + target.getClass().getName(), e);
        }
    }
}
