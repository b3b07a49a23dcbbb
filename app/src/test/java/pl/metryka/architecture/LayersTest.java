package pl.metryka.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The direction of dependencies, checked on the compiled classes: the domain knows nothing but
 * Java and JPA's annotations; the application reaches infrastructure only through ports it declares
 * (interfaces in {@code application}, implemented in {@code infrastructure}); pages and resources
 * go through the application; the offline verifier and the import command use the JDK alone, so
 * that anyone can build and audit them without the server.
 */
class LayersTest {

    private static final String DOMAIN = "pl.metryka.domain..";
    private static final String APPLICATION = "pl.metryka.application..";
    private static final String INFRASTRUCTURE = "pl.metryka.infrastructure..";
    private static final String INTERFACES = "pl.metryka.interfaces..";

    /**
     * The JDK-only code the application and both tools compile in from shared/ (a source folder,
     * not a dependency): the JSON reader and RFC 8785 canonical JSON.
     */
    private static final String SHARED_JSON = "pl.metryka.json..";

    /**
     * Interfaces classes still allowed to use infrastructure, by full name. It is empty and should
     * stay so: a new entry needs a reason in its comment, and a port is nearly always the better fix.
     */
    private static final List<String> INTERFACES_USING_INFRASTRUCTURE = List.of();

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(
                    "pl.metryka.domain",
                    "pl.metryka.application",
                    "pl.metryka.infrastructure",
                    "pl.metryka.interfaces");

    /** The tools' classes; their unit tests share the packages and are left out by name. */
    private static final DescribedPredicate<JavaClass> TEST_CLASS = DescribedPredicate.describe(
            "a test", c -> c.getName().replaceAll("\\$.*", "").matches(".*(Test|IT)"));

    static final ArchRule DOMAIN_USES_ONLY_JAVA_AND_JPA = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            // pl.metryka.json is JDK-only itself (checked below): the canonical JSON the tools verify with
            .resideInAnyPackage("java..", "jakarta.persistence..", DOMAIN, SHARED_JSON)
            .because("the domain model must be readable and testable without any server or library");

    static final ArchRule APPLICATION_USES_PORTS = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INFRASTRUCTURE, INTERFACES)
            .because("the application declares a port where it needs infrastructure (as search.SearchStore does)");

    static final ArchRule INTERFACES_GO_THROUGH_APPLICATION = noClasses()
            .that()
            .resideInAPackage(INTERFACES)
            .and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(allowed())))
            .should()
            .dependOnClassesThat()
            .resideInAPackage(INFRASTRUCTURE)
            .because("pages, the API and imports go through the same application services");

    static ArchRule jdkOnly(String tool) {
        return classes()
                .that()
                .resideInAPackage("pl.metryka." + tool + "..")
                .and(DescribedPredicate.not(TEST_CLASS))
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "pl.metryka." + tool + "..", SHARED_JSON)
                .because("the " + tool + " must run and be audited with nothing but a JDK");
    }

    @Test
    void theDomainUsesNothingButJavaAndJpa() {
        DOMAIN_USES_ONLY_JAVA_AND_JPA.check(MAIN);
    }

    @Test
    void theApplicationReachesInfrastructureOnlyThroughItsPorts() {
        APPLICATION_USES_PORTS.check(MAIN);
    }

    @Test
    void pagesAndResourcesDoNotUseInfrastructure() {
        INTERFACES_GO_THROUGH_APPLICATION.check(MAIN);
    }

    @Test
    void theVerifierAndTheImporterUseTheJdkAlone() {
        JavaClasses tools =
                new ClassFileImporter().importPackages("pl.metryka.verifier", "pl.metryka.importer", "pl.metryka.json");
        assertFalse(tools.that(DescribedPredicate.not(TEST_CLASS)).isEmpty(), "the tools' classes were found");
        jdkOnly("verifier").check(tools);
        jdkOnly("importer").check(tools);
        jdkOnly("json").check(tools);
    }

    @Test
    void aForbiddenImportFailsTheRule() throws ClassNotFoundException {
        JavaClasses example = new ClassFileImporter()
                .importClasses(Class.forName("pl.metryka.application.ForbiddenDependencyExample"));
        EvaluationResult result = APPLICATION_USES_PORTS.evaluate(example);
        assertTrue(result.hasViolation(), "an application class using infrastructure breaks the rule");
        assertTrue(
                result.getFailureReport().toString().contains("OwaspBodySanitizer"),
                result.getFailureReport().toString());
    }

    @Test
    void theRulesSeeTheMainClasses() {
        // a rule over no classes passes: make sure each layer was imported
        for (String layer : List.of(DOMAIN, APPLICATION, INFRASTRUCTURE, INTERFACES)) {
            assertFalse(MAIN.that(JavaClass.Predicates.resideInAPackage(layer)).isEmpty(), layer);
        }
    }

    private static Class<?>[] allowed() {
        return INTERFACES_USING_INFRASTRUCTURE.stream()
                .map(name -> {
                    try {
                        return Class.forName(name);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException("allow-list names a class that is gone: " + name, e);
                    }
                })
                .toArray(Class<?>[]::new);
    }
}
