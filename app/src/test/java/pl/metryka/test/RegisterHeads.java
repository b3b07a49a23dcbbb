package pl.metryka.test;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import pl.metryka.domain.model.register.RegisterHead;
import pl.metryka.domain.shared.Sha256;

/**
 * The head of an empty register, for tests that append entries with the server's own domain code.
 * Only persistence creates heads, so this one is made by reflection: its JPA constructor, and the
 * zero hash an empty register starts its chain from. Here rather than in the verifier's test
 * package, whose classes other than tests must use the JDK alone (LayersTest).
 */
public final class RegisterHeads {

    private RegisterHeads() {}

    public static RegisterHead empty() throws ReflectiveOperationException {
        Constructor<RegisterHead> constructor = RegisterHead.class.getDeclaredConstructor();
        constructor.setAccessible(true);
        RegisterHead head = constructor.newInstance();
        Field hash = RegisterHead.class.getDeclaredField("hash");
        hash.setAccessible(true);
        hash.set(head, Sha256.ZERO);
        return head;
    }
}
