package pl.metryka.test;

import java.io.File;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The suite's only deployment: the real WAR built by {@code mvn package}, plus the in-container
 * test classes. Every integration test shares this one Payara Micro and one database.
 */
@ArquillianSuiteDeployment
public final class MetrykaDeployment {

    private MetrykaDeployment() {}

    @Deployment
    public static WebArchive metryka() {
        File war = new File(System.getProperty("metryka.test.war", "target/metryka.war"));
        return ShrinkWrap.create(ZipImporter.class, "metryka.war")
                .importFrom(war)
                .as(WebArchive.class)
                .addPackages(true, "pl.metryka.it")
                .addClass(MetrykaDeployment.class)
                .addClass(SlowPost.class); // RequestBodiesIT sends with it from inside the server
    }
}
